using System.Text.RegularExpressions;
using Ascent.Web.Domain.Definitions;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Instruments;

/// Turns one instruments/*.yaml file (shipped, or an LA's upload) into an InstrumentDefinition, refusing with the
/// line and reason anything the forms or the scoring could trip over later: a missing field, a repeated code, a scale
/// the rule cannot use, indicators the environment rating rule cannot score. docs/instruments.md lists every check.
public static partial class InstrumentLoader
{
    /// The longest code, version or guidance version: what an audit stores (Audit.CodeMaxLength).
    public const int CodeMaxLength = Audit.CodeMaxLength;

    /// The longest instrument name, shown in lists and stored with an upload.
    public const int NameMaxLength = 200;

    /// A Likert scale of more than this many points is a typo, not a questionnaire.
    public const int LikertMaxPoints = 11;

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
        CheckCode(map, code, "code");
        var name = Limited(map, "name", NameMaxLength, required: true)!;
        var version = Limited(map, "version", CodeMaxLength, required: true)!;
        var guidanceVersion = Limited(map, "guidance_version", CodeMaxLength, required: false) ?? version;

        var scoring = map.Choice("scoring", Rules);
        var level = map.Choice("applies_to", Levels);
        CheckLevel(map, scoring, level);
        var scale = ReadScale(map, file, scoring);
        var subscales = ReadSubscales(map, file, scoring);
        var groups = ReadGroups(map, file, level);
        var twoObservers = map.Flag("two_observers", whenMissing: false);
        if (twoObservers && scoring != ScoringRule.EnvironmentRating)
            throw map.Error(map.KeyOrMapStart("two_observers"), "two observers agree a score only on an environment rating: leave two_observers out.");

        return new InstrumentDefinition(
            code.Value!.Trim(),
            name,
            version,
            guidanceVersion,
            level,
            scoring,
            scale,
            map.Optional("description") ?? "",
            map.Optional("guidance") ?? "",
            map.Required("licence"),
            twoObservers,
            groups,
            subscales);
    }

    /// Where a top-level key of a file that loaded is, for a refusal that only the file's context can decide (a
    /// version the LA already has): its line and column, or the file's start.
    public static (long Line, long Column) PositionOf(string yaml, string file, string key)
    {
        var root = YamlFile.LoadSingle(yaml, file, "instrument");
        var at = root is YamlMappingNode mapping
            ? mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key)?.Start ?? mapping.Start
            : root.Start;
        return (at.Line, at.Column);
    }

    private static void CheckCode(YamlMap map, YamlScalarNode code, string key)
    {
        var value = code.Value!.Trim();
        if (!CodePattern().IsMatch(value))
            throw map.Error(code.Start, $"{key} '{value}' must be lower-case letters, digits and hyphens.");
        if (value.Length > CodeMaxLength)
            throw map.Error(code.Start, $"{key} must be at most {CodeMaxLength} characters.");
    }

    private static string? Limited(YamlMap map, string key, int maxLength, bool required)
    {
        var scalar = required ? map.RequiredScalar(key) : map.Scalar(key);
        var value = scalar?.Value!.Trim();
        if (scalar is not null && value!.Length > maxLength)
            throw map.Error(scalar.Start, $"{key} must be at most {maxLength} characters.");
        return value;
    }


    // Each rule records one kind of thing: the pages that record them (audits, the screening grid, questionnaires)
    // are built for these pairs only.
    private static void CheckLevel(YamlMap map, ScoringRule scoring, InstrumentLevel level)
    {
        var reason = (scoring, level) switch
        {
            (ScoringRule.Leuven, not InstrumentLevel.Child) => "a Leuven screening applies to each child: applies_to must be child.",
            (ScoringRule.Likert, not InstrumentLevel.Respondent) => "a Likert questionnaire applies to each person answering: applies_to must be respondent.",
            (ScoringRule.EnvironmentRating or ScoringRule.Checklist, not (InstrumentLevel.Setting or InstrumentLevel.Room)) =>
                "an environment rating or a checklist applies to the setting or a room: applies_to must be setting or room.",
            _ => null,
        };
        if (reason is not null)
            throw map.Error(map.KeyOrMapStart("applies_to"), reason);
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
            throw scale.Error(scale.Start, "a Likert scale needs at least 2 points: min must be below max.");
        if (max - min + 1 > LikertMaxPoints)
            throw scale.Error(scale.Start, $"a Likert scale has at most {LikertMaxPoints} points.");

        var labels = new List<ScaleLabel>();
        foreach (var labelNode in scale.List("labels", required: false))
        {
            var label = new YamlMap(labelNode, file, "a scale label", "value", "label");
            var value = label.Number("value") ?? throw label.Error(label.Start, "value is required.");
            if (value < min || value > max)
                throw label.Error(label.Start, $"value {value} is outside the scale {min} to {max}.");
            if (labels.Any(l => l.Value == value))
                throw label.Error(label.Start, $"value {value} is labelled twice.");
            var text = label.Required("label");
            if (labels.Any(l => string.Equals(l.Label, text, StringComparison.OrdinalIgnoreCase)))
                throw label.Error(label.Start, $"label '{text}' is given to two values.");
            labels.Add(new ScaleLabel(value, text));
        }

        // A questionnaire's answers are words ("Agree"), so every point needs one.
        if (scoring == ScoringRule.Likert && Enumerable.Range(min, max - min + 1).Cast<int?>().FirstOrDefault(v => labels.All(l => l.Value != v)) is { } unlabelled)
            throw scale.Error(scale.KeyOrMapStart("labels"), $"a Likert scale labels every point: {unlabelled} has no label.");

        return new ResponseScale(min, max, [.. labels.OrderBy(l => l.Value)]);
    }

    private static List<RespondentGroup> ReadGroups(YamlMap map, string file, InstrumentLevel level)
    {
        var nodes = map.List("respondent_groups", required: false);
        if (nodes.Count > 0 && level != InstrumentLevel.Respondent)
            throw map.Error(map.KeyOrMapStart("respondent_groups"), "only an instrument that applies to respondents has respondent groups.");
        var groups = new List<RespondentGroup>();
        foreach (var node in nodes)
        {
            var group = new YamlMap(node, file, "a respondent group", "code", "name");
            var code = group.RequiredScalar("code");
            CheckCode(group, code, "respondent group code");
            if (code.Value!.Trim().Length > AuditSheet.GroupMaxLength)
                throw group.Error(code.Start, $"respondent group code must be at most {AuditSheet.GroupMaxLength} characters.");
            var name = group.Required("name");
            if (groups.Any(g => g.Code == code.Value!.Trim()))
                throw group.Error(group.Start, $"respondent group '{code.Value!.Trim()}' is listed twice.");
            if (groups.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
                throw group.Error(group.Start, $"two respondent groups are called '{name}'.");
            groups.Add(new RespondentGroup(code.Value!.Trim(), name));
        }

        return groups;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
