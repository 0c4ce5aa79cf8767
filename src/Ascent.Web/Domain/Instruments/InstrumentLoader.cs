using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.Web.Domain.Definitions;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Instruments;

/// Turns one instruments/*.yaml file into an InstrumentDefinition, refusing with the line and reason anything the
/// forms or the scoring could trip over later: a missing field, a repeated item, a scale the rule cannot use.
public static partial class InstrumentLoader
{
    private static readonly Dictionary<string, InstrumentLevel> Levels = new(StringComparer.Ordinal)
    {
        ["setting"] = InstrumentLevel.Setting,
        ["room"] = InstrumentLevel.Room,
        ["child"] = InstrumentLevel.Child,
        ["respondent"] = InstrumentLevel.Respondent,
    };

    private static readonly Dictionary<string, ScoringRule> Rules = new(StringComparer.Ordinal)
    {
        ["environment-rating"] = ScoringRule.EnvironmentRating,
        ["leuven"] = ScoringRule.Leuven,
        ["checklist"] = ScoringRule.Checklist,
        ["likert"] = ScoringRule.Likert,
    };

    /// `file` only names the source in error messages.
    public static InstrumentDefinition Parse(string yaml, string file)
    {
        var map = new YamlMap(YamlFile.LoadSingle(yaml, file, "instrument"), file, "an instrument",
            "code", "name", "version", "guidance_version", "applies_to", "scoring", "scale", "description", "guidance",
            "licence", "two_observers", "respondent_groups", "subscales");

        var code = map.RequiredScalar("code");
        if (!CodePattern().IsMatch(code.Value!))
            throw map.Error(code.Start, $"code '{code.Value}' must be lower-case letters, digits and hyphens.");

        var scoring = Choose(map, "scoring", Rules);
        var scale = ReadScale(map, file, scoring);
        var subscales = ReadSubscales(map, file, scoring);
        var groups = ReadGroups(map, file);
        if (scoring == ScoringRule.Leuven && subscales.SelectMany(s => s.Items).Count() != 2)
            throw map.Error(map.KeyOrMapStart("subscales"), "a Leuven instrument has exactly two items: well-being and involvement.");

        return new InstrumentDefinition(
            code.Value!,
            map.Required("name"),
            map.Required("version"),
            map.Optional("guidance_version") ?? map.Required("version"),
            Choose(map, "applies_to", Levels),
            scoring,
            scale,
            map.Optional("description") ?? "",
            map.Optional("guidance") ?? "",
            map.Required("licence"),
            map.Flag("two_observers", whenMissing: false),
            groups,
            subscales);
    }

    private static T Choose<T>(YamlMap map, string key, Dictionary<string, T> choices)
    {
        var scalar = map.RequiredScalar(key);
        return choices.TryGetValue(scalar.Value!.Trim(), out var value)
            ? value
            : throw map.Error(scalar.Start, $"{key} '{scalar.Value}' is not one of: {string.Join(", ", choices.Keys)}.");
    }

    private static ResponseScale ReadScale(YamlMap map, string file, ScoringRule scoring)
    {
        var node = map.Node("scale");
        if (scoring == ScoringRule.Checklist)
        {
            return node is null ? ResponseScale.None
                : throw map.Error(node.Start, "a checklist's answers are fixed (met, partly met, not met, not applicable): leave scale out.");
        }

        if (node is null)
            throw map.Error(map.Start, "scale is required.");
        var scale = new YamlMap(node, file, "a scale", "min", "max", "labels");
        var min = scale.Number("min") ?? throw scale.Error(scale.Start, "min is required.");
        var max = scale.Number("max") ?? throw scale.Error(scale.Start, "max is required.");
        var (wantMin, wantMax) = scoring switch
        {
            ScoringRule.EnvironmentRating => (1, 7),
            ScoringRule.Leuven => (1, 5),
            _ => (min, max),
        };
        if (min != wantMin || max != wantMax)
            throw scale.Error(scale.Start, $"this scoring rule needs a scale from {wantMin} to {wantMax}.");
        if (min >= max)
            throw scale.Error(scale.Start, "min must be below max.");

        var labels = new List<ScaleLabel>();
        foreach (var labelNode in scale.List("labels", required: false))
        {
            var label = new YamlMap(labelNode, file, "a scale label", "value", "label");
            var value = label.Number("value") ?? throw label.Error(label.Start, "value is required.");
            if (value < min || value > max)
                throw label.Error(label.Start, $"value {value} is outside the scale {min} to {max}.");
            if (labels.Any(l => l.Value == value))
                throw label.Error(label.Start, $"value {value} is labelled twice.");
            labels.Add(new ScaleLabel(value, label.Required("label")));
        }

        return new ResponseScale(min, max, labels);
    }

    private static List<RespondentGroup> ReadGroups(YamlMap map, string file)
    {
        var groups = new List<RespondentGroup>();
        foreach (var node in map.List("respondent_groups", required: false))
        {
            var group = new YamlMap(node, file, "a respondent group", "code", "name");
            var code = group.Required("code");
            if (groups.Any(g => g.Code == code))
                throw group.Error(group.Start, $"respondent group '{code}' is listed twice.");
            groups.Add(new RespondentGroup(code, group.Required("name")));
        }

        return groups;
    }

    private static List<Subscale> ReadSubscales(YamlMap map, string file, ScoringRule scoring)
    {
        var subscales = new List<Subscale>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in map.List("subscales", required: true))
        {
            var subscale = new YamlMap(node, file, "a subscale", "code", "name", "items");
            var code = subscale.Required("code");
            if (subscales.Any(s => s.Code == code))
                throw subscale.Error(subscale.Start, $"subscale '{code}' is listed twice.");

            var items = new List<InstrumentItem>();
            foreach (var itemNode in subscale.List("items", required: true))
            {
                var item = ReadItem(new YamlMap(itemNode, file, "an item", "number", "name", "guidance", "not_applicable", "indicators"), file, scoring);
                if (!numbers.Add(item.Number))
                    throw YamlMap.Error(file, itemNode.Start, $"item {item.Number} is listed twice.");
                items.Add(item);
            }

            subscales.Add(new Subscale(code, subscale.Required("name"), items));
        }

        return subscales;
    }

    private static InstrumentItem ReadItem(YamlMap item, string file, ScoringRule scoring)
    {
        var number = item.Required("number");
        var indicators = new List<IndicatorDefinition>();
        foreach (var node in item.List("indicators", required: false))
        {
            if (scoring != ScoringRule.EnvironmentRating)
                throw YamlMap.Error(file, node.Start, "only an environment-rating instrument has indicators.");
            var indicator = new YamlMap(node, file, "an indicator", "code", "not_applicable", "text");
            var code = indicator.RequiredScalar("code");
            var parsed = IndicatorCode.TryParse(code.Value!)
                ?? throw indicator.Error(code.Start, $"indicator '{code.Value}' must be a level (1, 3, 5 or 7), a dot and a number, such as 3.2.");
            if (indicators.Any(i => i.Code == parsed.Code))
                throw indicator.Error(code.Start, $"indicator {parsed.Code} is listed twice in item {number}.");
            indicators.Add(new IndicatorDefinition(parsed.Code, parsed.Level, parsed.Number, indicator.Flag("not_applicable", whenMissing: false), indicator.Optional("text") ?? ""));
        }

        return new InstrumentItem(number, item.Required("name"), item.Optional("guidance") ?? "", item.Flag("not_applicable", whenMissing: false), indicators);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}

/// An indicator's code, "level.number": the level is 1, 3, 5 or 7 and the number counts from 1.
public sealed record IndicatorCode(int Level, int Number)
{
    public string Code => $"{Level}.{Number}";

    public static IndicatorCode? TryParse(string text)
    {
        var parts = text.Trim().Split('.');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is 1 or 3 or 5 or 7
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? new IndicatorCode(level, number)
            : null;
    }
}
