using Ascent.Web.Domain.Definitions;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Instruments;

/// The subscales, items and indicators of an instrument file.
public static partial class InstrumentLoader
{
    /// The two items of a Leuven screening, by number: read separately, never added together.
    public static readonly IReadOnlyList<string> LeuvenItems = ["wellbeing", "involvement"];

    private static List<Subscale> ReadSubscales(YamlMap map, string file, ScoringRule scoring)
    {
        var subscales = new List<Subscale>();
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        YamlNode? withIndicators = null;
        YamlNode? withoutIndicators = null;
        foreach (var node in map.List("subscales", required: true))
        {
            var subscale = new YamlMap(node, file, "a subscale", "code", "name", "items");
            var code = subscale.RequiredScalar("code");
            CheckCode(subscale, code, "subscale code");
            var name = subscale.Required("name");
            if (subscales.Any(s => s.Code == code.Value!.Trim()))
                throw subscale.Error(code.Start, $"subscale '{code.Value!.Trim()}' is listed twice.");
            if (subscales.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
                throw subscale.Error(subscale.Start, $"two subscales are called '{name}'.");

            var items = new List<InstrumentItem>();
            foreach (var itemNode in subscale.List("items", required: true))
            {
                var item = ReadItem(new YamlMap(itemNode, file, "an item", "number", "name", "guidance", "not_applicable", "indicators"), file, scoring);
                if (numbers.TryGetValue(item.Number, out var first))
                    throw YamlMap.Error(file, itemNode.Start, $"item {item.Number} is listed twice (first on line {first}).");
                numbers[item.Number] = itemNode.Start.Line;
                if (item.Indicators.Count > 0)
                    withIndicators ??= itemNode;
                else
                    withoutIndicators ??= itemNode;
                items.Add(item);
            }

            subscales.Add(new Subscale(code.Value!.Trim(), name, items));
        }

        // Indicator mode scores every item from its indicators, so an instrument has them on every item or on none.
        if (withIndicators is not null && withoutIndicators is not null)
        {
            var later = withIndicators.Start.Line > withoutIndicators.Start.Line ? withIndicators : withoutIndicators;
            throw YamlMap.Error(file, later.Start, "some items have indicators and some do not: give every item its indicators, or none.");
        }

        if (scoring == ScoringRule.Leuven)
        {
            var found = subscales.SelectMany(s => s.Items).Select(i => i.Number).ToList();
            if (!found.Order(StringComparer.Ordinal).SequenceEqual(LeuvenItems.Order(StringComparer.Ordinal)))
                throw map.Error(map.KeyOrMapStart("subscales"), $"a Leuven instrument has exactly two items, numbered wellbeing and involvement; this one has {(found.Count == 0 ? "none" : string.Join(", ", found))}.");
        }

        return subscales;
    }

    private static InstrumentItem ReadItem(YamlMap item, string file, ScoringRule scoring)
    {
        var numberNode = item.RequiredScalar("number");
        var number = numberNode.Value!.Trim();
        if (!CodePattern().IsMatch(number))
            throw item.Error(numberNode.Start, $"item number '{number}' must be digits, or lower-case letters, digits and hyphens.");
        if (number.Length > AuditAnswer.ItemMaxLength)
            throw item.Error(numberNode.Start, $"item number must be at most {AuditAnswer.ItemMaxLength} characters.");
        var name = item.Required("name");
        var notApplicable = item.Flag("not_applicable", whenMissing: false);
        if (notApplicable && scoring == ScoringRule.Leuven)
            throw item.Error(item.KeyOrMapStart("not_applicable"), "every child is scored on both Leuven scales: an item cannot be not applicable.");

        var indicators = new List<IndicatorDefinition>();
        foreach (var node in item.List("indicators", required: false))
        {
            if (scoring != ScoringRule.EnvironmentRating)
                throw YamlMap.Error(file, node.Start, "only an environment-rating instrument has indicators.");
            indicators.Add(ReadIndicator(new YamlMap(node, file, "an indicator", "code", "not_applicable", "text"), number, indicators));
        }

        if (indicators.Count > 0)
            CheckLevels(item, number, indicators);
        return new InstrumentItem(number, name, item.Optional("guidance") ?? "", notApplicable, indicators);
    }

    private static IndicatorDefinition ReadIndicator(YamlMap indicator, string item, List<IndicatorDefinition> earlier)
    {
        var code = indicator.RequiredScalar("code");
        var parsed = IndicatorCode.TryParse(code.Value!)
            ?? throw indicator.Error(code.Start, $"indicator '{code.Value}' must be a level (1, 3, 5 or 7), a dot and a number from 1 to {IndicatorCode.MaxNumber}, such as 3.2.");
        if (earlier.Any(i => i.Code == parsed.Code))
            throw indicator.Error(code.Start, $"indicator {parsed.Code} is listed twice in item {item}.");
        return new IndicatorDefinition(parsed.Code, parsed.Level, parsed.Number, indicator.Flag("not_applicable", whenMissing: false), indicator.Optional("text") ?? "");
    }

    // The rule reads every level: with none at level 1 an item could never score 1, with none at level 7 "all yes"
    // would hold for nothing and every good item would score 7. A gap in the numbers is a lost or mistyped indicator.
    private static void CheckLevels(YamlMap item, string number, List<IndicatorDefinition> indicators)
    {
        var at = item.KeyOrMapStart("indicators");
        foreach (var level in IndicatorCode.Levels)
        {
            var numbers = indicators.Where(i => i.Level == level).Select(i => i.Number).Order().ToList();
            if (numbers.Count == 0)
                throw item.Error(at, $"item {number} has no level {level} indicator: the rule needs at least one at each of levels 1, 3, 5 and 7.");
            var gap = Enumerable.Range(1, numbers.Count).FirstOrDefault(n => n != numbers[n - 1]);
            if (gap != 0)
                throw item.Error(at, $"item {number} has no indicator {level}.{gap}: number each level's indicators 1, 2, 3 and so on.");
        }
    }
}
