using System.Globalization;
using Ascent.Web.Domain.Definitions;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.QualityMark;

public static partial class SchemeLoader
{
    private static readonly Dictionary<string, RequirementKind> Kinds = new(StringComparer.Ordinal)
    {
        ["audit"] = RequirementKind.Audit,
        ["screening"] = RequirementKind.Screening,
        ["questionnaire"] = RequirementKind.Questionnaire,
        ["case-study"] = RequirementKind.CaseStudy,
        ["improvement-plan"] = RequirementKind.ImprovementPlan,
        ["self-evaluation"] = RequirementKind.SelfEvaluation,
        ["document"] = RequirementKind.Document,
        ["attendance"] = RequirementKind.Attendance,
        ["entry-criteria"] = RequirementKind.EntryCriteria,
    };

    private static readonly Dictionary<string, RequirementTiming> Timings = new(StringComparer.Ordinal)
    {
        ["any"] = RequirementTiming.Any,
        ["start"] = RequirementTiming.Start,
        ["end"] = RequirementTiming.End,
    };

    private static List<Requirement> ReadStage(YamlMap map, string key, string file, IReadOnlySet<string> instruments, bool allowEntryCriteria)
    {
        var node = map.Node(key);
        if (node is null)
            return [];
        var stage = new YamlMap(node, file, key.Replace('_', ' '), "requirements");
        return ReadRequirements(stage.List("requirements", required: true), file, instruments, allowEntryCriteria);
    }

    private static List<Requirement> ReadRequirements(IReadOnlyList<YamlNode> nodes, string file, IReadOnlySet<string> instruments, bool allowEntryCriteria) =>
        Unique(nodes, file, "a requirement", n => ReadRequirement(n, file, instruments, allowEntryCriteria));

    // Each kind takes only the keys its evidence can use: an instrument list means something for audits,
    // screenings and questionnaires alone, and "reviewed by the evaluator" only for an audit.
    private static (YamlScalarNode, Requirement) ReadRequirement(YamlNode node, string file, IReadOnlySet<string> instruments, bool allowEntryCriteria)
    {
        var map = new YamlMap(node, file, "a requirement", "code", "name", "kind", "count", "instruments", "when", "reviewed", "from_audits", "within_months");
        var kind = map.Choice("kind", Kinds);
        if (kind == RequirementKind.EntryCriteria && !allowEntryCriteria)
            throw map.Error(map.KeyOrMapStart("kind"), "only re-accreditation checks the entry criteria again.");

        var usesInstruments = kind is RequirementKind.Audit or RequirementKind.Questionnaire;
        var codes = map.List("instruments", required: usesInstruments).Select(n =>
            n is YamlScalarNode { Value: { } v } && instruments.Contains(v)
                ? v
                : throw YamlMap.Error(file, n.Start, $"instrument '{(n as YamlScalarNode)?.Value}' is not one Ascent has: {string.Join(", ", instruments.Order(StringComparer.Ordinal))}.")).ToList();
        if (!usesInstruments && codes.Count > 0)
            throw map.Error(map.KeyOrMapStart("instruments"), "only an audit or a questionnaire names instruments: leave instruments out.");

        var when = map.Scalar("when") is null ? RequirementTiming.Any : map.Choice("when", Timings);
        if (when != RequirementTiming.Any && kind != RequirementKind.Audit)
            throw map.Error(map.KeyOrMapStart("when"), "only an audit is timed at the start or end of the year: leave when out.");
        var reviewed = map.Flag("reviewed", whenMissing: false);
        if (reviewed && kind != RequirementKind.Audit)
            throw map.Error(map.KeyOrMapStart("reviewed"), "only an audit is reviewed by the evaluator: leave reviewed out.");
        var fromAudits = map.Flag("from_audits", whenMissing: false);
        if (fromAudits && kind != RequirementKind.ImprovementPlan)
            throw map.Error(map.KeyOrMapStart("from_audits"), "only an improvement plan shows actions from audits: leave from_audits out.");
        var within = map.Number("within_months");
        if (within is not null && kind != RequirementKind.SelfEvaluation)
            throw map.Error(map.KeyOrMapStart("within_months"), "only self-evaluation has within_months: leave it out.");
        if (within is < 1 or > 60)
            throw map.Error(map.KeyOrMapStart("within_months"), "within_months must be from 1 to 60.");

        var count = map.Number("count") ?? 1;
        if (count is < 1 or > 20)
            throw map.Error(map.KeyOrMapStart("count"), $"count must be from 1 to 20, not {count.ToString(CultureInfo.InvariantCulture)}.");
        return (map.RequiredScalar("code"), new Requirement(Code(map, "code"), Name(map, "name"), kind, count, codes, when, reviewed, fromAudits, within));
    }

    // Codes are unique within their list, so a stored requirement code always names one thing.
    private static List<T> Unique<T>(IReadOnlyList<YamlNode> nodes, string file, string what, Func<YamlNode, (YamlScalarNode Code, T Value)> read)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<T>();
        foreach (var node in nodes)
        {
            var (code, value) = read(node);
            if (!seen.Add(code.Value!.Trim()))
                throw YamlMap.Error(file, code.Start, $"code '{code.Value}' is used by another entry: each {what[(what.IndexOf(' ', StringComparison.Ordinal) + 1)..]} needs its own.");
            values.Add(value);
        }

        return values;
    }

    private static YamlMap Child(YamlMap map, string key, string file, string what, params string[] keys) =>
        new(map.Node(key) ?? throw map.Error(map.KeyOrMapStart(key), $"{key} is required."), file, what, keys);

    private static string Code(YamlMap map, string key)
    {
        var scalar = map.RequiredScalar(key);
        var value = scalar.Value!.Trim();
        if (!CodePattern().IsMatch(value))
            throw map.Error(scalar.Start, $"{key} '{value}' must be lower-case letters, digits and hyphens.");
        if (value.Length > CodeMaxLength)
            throw map.Error(scalar.Start, $"{key} must be at most {CodeMaxLength} characters.");
        return value;
    }

    private static string Name(YamlMap map, string key) => Limited(map, key, NameMaxLength);

    private static string Limited(YamlMap map, string key, int maxLength)
    {
        var scalar = map.RequiredScalar(key);
        var value = scalar.Value!.Trim();
        return value.Length <= maxLength ? value : throw map.Error(scalar.Start, $"{key} must be at most {maxLength} characters.");
    }


    private static int Between(YamlMap map, string key, int min, int max)
    {
        var value = map.Number(key) ?? throw map.Error(map.KeyOrMapStart(key), $"{key} is required.");
        return value >= min && value <= max
            ? value
            : throw map.Error(map.KeyOrMapStart(key), $"{key} must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    // Hours may be fractional ("3.5" for a half day) but never negative or beyond a day.
    private static decimal? Hours(YamlMap map, string key, bool required)
    {
        var scalar = required ? map.RequiredScalar(key) : map.Scalar(key);
        if (scalar is null)
            return null;
        return decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours is > 0 and <= 24
            ? hours
            : throw map.Error(scalar.Start, $"{key} must be a number of hours above 0 and at most 24, not '{scalar.Value}'.");
    }
}
