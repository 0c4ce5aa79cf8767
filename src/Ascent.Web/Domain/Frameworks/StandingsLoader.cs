using Ascent.Web.Domain.Definitions;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Frameworks;

/// Reads a framework's `standings:` list, refusing a standing that could never match or that names a grade the
/// framework does not have, so a typo stops start-up instead of counting settings as "Outcome not recorded".
internal static class StandingsLoader
{
    private static readonly Dictionary<string, StandingBand> Bands = new(StringComparer.Ordinal)
    {
        ["meets"] = StandingBand.Meets,
        ["improve"] = StandingBand.Improve,
        ["urgent"] = StandingBand.Urgent,
        ["none"] = StandingBand.None,
    };

    public static List<StandingRule> Read(YamlMap framework, string file, IReadOnlyList<GradingScale> scales, IReadOnlyList<FrameworkArea> areas, string? headline)
    {
        var headlineGrades = headline is null
            ? []
            : Codes(scales, areas.Where(a => a.Code == headline));
        var areaGrades = Codes(scales, areas.Where(a => a.Code != headline));

        var rules = new List<StandingRule>();
        foreach (var node in framework.List("standings", required: false))
        {
            var map = new YamlMap(node, file, "a standing", "code", "label", "band", "overall", "any_area", "all_areas");
            var code = map.RequiredScalar("code");
            if (!FrameworkLoader.IsCode(code.Value!) || code.Value == Standing.NotYetInspectedCode || code.Value == Standing.NotKnown.Code)
                throw map.Error(code.Start, $"standing code '{code.Value}' must be lower-case letters and digits separated by '-', and not one Ascent uses itself.");
            if (rules.Any(r => r.Standing.Code == code.Value))
                throw map.Error(code.Start, $"standing '{code.Value}' is used twice in this framework.");
            var band = map.RequiredScalar("band");
            if (!Bands.TryGetValue(band.Value!, out var bandValue))
                throw map.Error(band.Start, $"band '{band.Value}' is not one of: {string.Join(", ", Bands.Keys)}.");

            List<string> Grades(string key, HashSet<string> allowed, string where) => [.. map.List(key, required: false).Select(n =>
            {
                var value = (n as YamlScalarNode)?.Value;
                return value is not null && allowed.Contains(value)
                    ? value
                    : throw YamlMap.Error(file, n.Start, allowed.Count == 0
                        ? $"this framework has no {where}, so {key} cannot be used."
                        : $"grade '{value}' is not on the scale of {where}: {string.Join(", ", allowed)}.");
            })];
            var rule = new StandingRule(new Standing(code.Value!, map.Required("label"), bandValue),
                Grades("overall", headlineGrades, "the overall judgement"),
                Grades("any_area", areaGrades, "its areas"),
                Grades("all_areas", areaGrades, "its areas"));
            if (rule.Overall.Count + rule.AnyArea.Count + rule.AllAreas.Count == 0)
                throw map.Error(map.Start, "a standing needs overall, any_area or all_areas.");
            rules.Add(rule);
        }

        return rules;
    }

    private static HashSet<string> Codes(IReadOnlyList<GradingScale> scales, IEnumerable<FrameworkArea> areas) =>
        [.. areas.Select(a => a.ScaleCode).Distinct().SelectMany(code => scales.First(s => s.Code == code).Values.Select(v => v.Code))];
}
