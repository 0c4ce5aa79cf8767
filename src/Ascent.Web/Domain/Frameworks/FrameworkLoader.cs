using System.Text.RegularExpressions;
using Ascent.Web.Domain.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Frameworks;

/// Turns one frameworks/*.yaml file into a Framework, refusing anything that other code could trip over
/// later: a missing field, a duplicate or malformed code, an area graded on a scale that does not exist.
public static partial class FrameworkLoader
{
    /// `file` only names the source in error messages.
    public static Framework Parse(string yaml, string file) => Read(yaml, file).Framework;

    internal static LoadedFramework Read(string yaml, string file)
    {
        var root = LoadRoot(yaml, file);
        var map = new YamlMap(root, file, "a framework",
            "code", "name", "regulator", "country", "version", "valid_from", "valid_to", "select_by_date",
            "licence", "headline_area", "scales", "areas", "standings");

        var code = ReadCode(map);
        var validFrom = map.Date("valid_from");
        var validTo = map.Date("valid_to");
        if (validFrom > validTo)
            throw map.Error(map.RequiredScalar("valid_to").Start, $"valid_to {validTo:yyyy-MM-dd} is before valid_from {validFrom:yyyy-MM-dd}.");

        var scales = ReadScales(map, file);
        var areas = ReadAreas(map.List("areas", required: true), file, scales, depth: 0, new Dictionary<string, Mark>(StringComparer.Ordinal));
        var headline = ReadHeadline(map, areas);

        var framework = new Framework(
            code.Value!,
            map.Required("name"),
            map.Required("regulator"),
            map.Required("country"),
            map.Required("version"),
            validFrom,
            validTo,
            map.Flag("select_by_date", whenMissing: true),
            map.Required("licence"),
            headline,
            scales,
            areas)
        {
            StandingRules = StandingsLoader.Read(map, file, scales, areas, headline),
        };

        var datesAt = (map.Scalar("valid_from") ?? map.Scalar("valid_to") ?? code).Start;
        return new LoadedFramework(framework, file, code.Start, datesAt);
    }

    private static YamlNode LoadRoot(string yaml, string file) => YamlFile.LoadSingle(yaml, file, "framework");

    private static List<GradingScale> ReadScales(YamlMap map, string file)
    {
        var scales = new List<GradingScale>();
        foreach (var node in map.List("scales", required: true))
        {
            var scale = new YamlMap(node, file, "a scale", "code", "name", "values");
            var code = ReadCode(scale);
            if (scales.Any(s => s.Code == code.Value))
                throw scale.Error(code.Start, $"scale code '{code.Value}' is used twice.");

            scales.Add(new GradingScale(code.Value!, scale.Required("name"), ReadValues(scale, file)));
        }

        return scales;
    }

    private static List<ScaleValue> ReadValues(YamlMap scale, string file)
    {
        var values = new List<ScaleValue>();
        foreach (var node in scale.List("values", required: true))
        {
            var value = new YamlMap(node, file, "a scale value", "code", "label", "rank", "colour");
            var code = ReadCode(value);
            if (values.Any(v => v.Code == code.Value))
                throw value.Error(code.Start, $"value code '{code.Value}' is used twice in this scale.");

            var rank = value.Number("rank");
            if (rank < 1)
                throw value.Error(value.RequiredScalar("rank").Start, "rank must be 1 or more (1 is the best grade).");
            if (rank is not null && values.Any(v => v.Rank == rank))
                throw value.Error(value.RequiredScalar("rank").Start, $"rank {rank} is used twice in this scale, so it would not say which grade is better.");

            values.Add(new ScaleValue(code.Value!, value.Required("label"), rank, value.Optional("colour")));
        }

        if (!values.Any(v => v.IsGrade))
            throw scale.Error(scale.Start, "a scale needs at least one value with a rank.");

        return values;
    }

    private static List<FrameworkArea> ReadAreas(
        IReadOnlyList<YamlNode> nodes, string file, List<GradingScale> scales, int depth, Dictionary<string, Mark> seen)
    {
        // Only top-level areas are judgements in their own right; standards and elements sit under them.
        string[] keys = depth == 0
            ? ["code", "name", "scale", "key_judgement", "reported_separately", "guidance", "keywords", "children"]
            : ["code", "name", "scale", "children"];

        var areas = new List<FrameworkArea>();
        foreach (var node in nodes)
        {
            var area = new YamlMap(node, file, depth == 0 ? "an area" : "a nested area", keys);
            var code = ReadCode(area);
            if (seen.TryGetValue(code.Value!, out var first))
                throw area.Error(code.Start, $"area code '{code.Value}' is already used on line {first.Line}.");
            seen.Add(code.Value!, code.Start);

            var scale = area.Scalar("scale");
            if (scale is null && depth == 0)
                throw area.Error(code.Start, $"area '{code.Value}' needs a scale.");
            if (scale is not null && !scales.Any(s => s.Code == scale.Value))
                throw area.Error(scale.Start, $"area '{code.Value}' uses scale '{scale.Value}', which is not defined in this file.");

            var isKey = area.Flag("key_judgement", whenMissing: false);
            var isSeparate = area.Flag("reported_separately", whenMissing: false);
            if (isKey && isSeparate)
                throw area.Error(code.Start, $"area '{code.Value}' cannot be both a key judgement and reported separately.");

            var children = ReadAreas(area.List("children", required: false), file, scales, depth + 1, seen);
            areas.Add(new FrameworkArea(code.Value!, area.Required("name"), scale?.Value, isKey, isSeparate, children, area.Optional("guidance"),
                area.Optional("keywords") is { } keywords ? [.. keywords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : null));
        }

        return areas;
    }

    private static string? ReadHeadline(YamlMap map, List<FrameworkArea> areas)
    {
        var headline = map.Scalar("headline_area");
        if (headline is null)
            return null;

        var area = areas.FirstOrDefault(a => a.Code == headline.Value)
            ?? throw map.Error(headline.Start, $"headline_area '{headline.Value}' is not one of the top-level areas.");
        if (area.IsKeyJudgement || area.IsReportedSeparately)
            throw map.Error(headline.Start, $"headline_area '{headline.Value}' is the overall judgement, so it cannot also be a key judgement or reported separately.");

        return area.Code;
    }

    // Codes are stored in the database and in URLs, so they stay lower case with no spaces.
    private static YamlScalarNode ReadCode(YamlMap map)
    {
        var code = map.RequiredScalar("code");
        if (!CodePattern().IsMatch(code.Value!))
            throw map.Error(code.Start, $"code '{code.Value}' must be lower-case letters and digits, separated by '-' or '.'.");

        return code;
    }

    internal static bool IsCode(string value) => CodePattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}

/// A loaded framework with the positions the registry needs to report clashes between files.
internal sealed record LoadedFramework(Framework Framework, string File, Mark CodeAt, Mark DatesAt);
