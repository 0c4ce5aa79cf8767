using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.QualityMark;

/// Turns one quality-marks/*.yaml file (shipped, or an LA's upload) into a SchemeDefinition, refusing with the line
/// and reason anything the workflow would trip over later: a missing field, a repeated code, a cycle that cannot be
/// scheduled, a requirement naming an instrument Ascent does not have. docs/quality-mark.md lists every check.
public static partial class SchemeLoader
{
    /// The longest code or version: what an accreditation stores.
    public const int CodeMaxLength = 60;

    /// The longest name of a scheme, level, criterion or requirement.
    public const int NameMaxLength = 300;

    private static readonly Dictionary<string, StandingBand> Bands = new(StringComparer.Ordinal)
    {
        ["meets"] = StandingBand.Meets,
        ["improve"] = StandingBand.Improve,
        ["urgent"] = StandingBand.Urgent,
        ["none"] = StandingBand.None,
    };

    private static readonly Dictionary<string, EntryCheck> Checks = new(StringComparer.Ordinal)
    {
        ["standing"] = EntryCheck.Standing,
        ["self-evaluation"] = EntryCheck.SelfEvaluation,
        ["improvement-plan"] = EntryCheck.ImprovementPlan,
        ["no-open-support"] = EntryCheck.NoOpenSupport,
        ["coordinator"] = EntryCheck.Coordinator,
    };

    private static readonly string[] ServiceLevelStarts = ["allocation", "application", "question", "visit", "decision"];

    /// `file` only names the source in error messages; `instruments` are the codes of the instruments the LA can use.
    public static SchemeDefinition Parse(string yaml, string file, FrameworkRegistry frameworks, IReadOnlySet<string> instruments)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(instruments);
        var map = new YamlMap(YamlFile.LoadSingle(yaml, file, "quality-mark scheme"), file, "a quality-mark scheme",
            "code", "name", "version", "summary", "levels", "cycle", "entry_criteria", "units", "evaluator",
            "service_levels", "annual_review", "reaccreditation", "withdrawal");

        var code = Code(map, "code");
        var levels = Unique(map.List("levels", required: true), file, "a level", n =>
        {
            var level = new YamlMap(n, file, "a level", "code", "name");
            return (level.RequiredScalar("code"), new SchemeLevel(Code(level, "code"), Name(level, "name")));
        });
        var criteria = Unique(map.List("entry_criteria", required: true), file, "an entry criterion", n => ReadCriterion(n, file));
        var units = Unique(map.List("units", required: true), file, "a unit", n =>
        {
            var unit = new YamlMap(n, file, "a unit", "code", "name", "requirements");
            return (unit.RequiredScalar("code"), new SchemeUnit(Code(unit, "code"), Name(unit, "name"), ReadRequirements(unit.List("requirements", required: true), file, instruments, allowEntryCriteria: false)));
        });

        return new SchemeDefinition(
            code,
            Name(map, "name"),
            Limited(map, "version", CodeMaxLength),
            map.Optional("summary") ?? "",
            levels,
            ReadCycle(Child(map, "cycle", file, "the cycle", "accreditation_months", "annual_reviews", "reaccreditation_months", "reminder_days")),
            criteria,
            units,
            ReadEvaluator(Child(map, "evaluator", file, "the evaluator", "visits", "visit_hours", "day_rate_pence", "day_hours", "training")),
            Unique(map.List("service_levels", required: false), file, "a service level", n => ReadServiceLevel(n, file)),
            ReadStage(map, "annual_review", file, instruments, allowEntryCriteria: false),
            ReadStage(map, "reaccreditation", file, instruments, allowEntryCriteria: true),
            [.. map.List("withdrawal", required: false).Select(n => ReadWithdrawal(n, file, frameworks))]);
    }

    private static SchemeCycle ReadCycle(YamlMap map)
    {
        var accreditation = Between(map, "accreditation_months", 1, 60);
        var reviews = Between(map, "annual_reviews", 0, 10);
        var reaccreditation = Between(map, "reaccreditation_months", 12, 120);
        if (reaccreditation <= reviews * 12)
            throw map.Error(map.KeyOrMapStart("reaccreditation_months"), $"re-accreditation after {reaccreditation} months comes before the last of {reviews} annual reviews (month {reviews * 12}): make it later or have fewer reviews.");
        return new SchemeCycle(accreditation, reviews, reaccreditation, Between(map, "reminder_days", 1, 365));
    }

    private static (YamlScalarNode, EntryCriterion) ReadCriterion(YamlNode node, string file)
    {
        var map = new YamlMap(node, file, "an entry criterion", "code", "name", "check", "bands", "within_months");
        var check = map.Choice("check", Checks);
        var bands = map.List("bands", required: check == EntryCheck.Standing).Select(n =>
            n is YamlScalarNode { Value: { } v } && Bands.TryGetValue(v, out var band)
                ? band
                : throw YamlMap.Error(file, n.Start, $"band '{(n as YamlScalarNode)?.Value}' is not one of: {string.Join(", ", Bands.Keys)}.")).ToList();
        if (check != EntryCheck.Standing && bands.Count > 0)
            throw map.Error(map.KeyOrMapStart("bands"), "only a standing check names bands: leave bands out.");
        var within = map.Number("within_months");
        if (within is not null && check != EntryCheck.SelfEvaluation)
            throw map.Error(map.KeyOrMapStart("within_months"), "only a self-evaluation check has within_months: leave it out.");
        if (check == EntryCheck.SelfEvaluation && within is null or < 1 or > 60)
            throw map.Error(map.KeyOrMapStart("within_months"), "a self-evaluation check needs within_months from 1 to 60.");
        return (map.RequiredScalar("code"), new EntryCriterion(Code(map, "code"), Name(map, "name"), check, bands, within));
    }

    private static EvaluatorTerms ReadEvaluator(YamlMap evaluator)
    {
        var dayHours = Hours(evaluator, "day_hours", required: false) ?? 7m;
        var visitHours = Hours(evaluator, "visit_hours", required: true)!.Value;
        if (visitHours > dayHours)
            throw evaluator.Error(evaluator.KeyOrMapStart("visit_hours"), $"a visit of {visitHours.ToString(CultureInfo.InvariantCulture)} hours is longer than a day of {dayHours.ToString(CultureInfo.InvariantCulture)} hours.");
        return new EvaluatorTerms(Between(evaluator, "visits", 0, 50), visitHours, Between(evaluator, "day_rate_pence", 0, 10_000_000), dayHours, evaluator.Optional("training") ?? "");
    }

    private static (YamlScalarNode, ServiceLevel) ReadServiceLevel(YamlNode node, string file)
    {
        var map = new YamlMap(node, file, "a service level", "code", "name", "from", "days", "hours");
        var from = map.RequiredScalar("from");
        if (!ServiceLevelStarts.Contains(from.Value, StringComparer.Ordinal))
            throw map.Error(from.Start, $"from '{from.Value}' is not one of: {string.Join(", ", ServiceLevelStarts)}.");
        var days = map.Number("days");
        var hours = map.Number("hours");
        if (days is null == hours is null)
            throw map.Error(map.Start, "a service level gives days or hours, not both and not neither.");
        if (days is < 1 || hours is < 1)
            throw map.Error(map.Start, "a service level's days or hours must be at least 1.");
        return (map.RequiredScalar("code"), new ServiceLevel(Code(map, "code"), Name(map, "name"), from.Value!, days, hours));
    }

    private static WithdrawalRule ReadWithdrawal(YamlNode node, string file, FrameworkRegistry frameworks)
    {
        var map = new YamlMap(node, file, "a withdrawal rule", "name", "event", "judgements", "enforcement_kinds");
        var eventScalar = map.RequiredScalar("event");
        if (eventScalar.Value is not (TriggerEvents.NewJudgement or TriggerEvents.Enforcement))
            throw map.Error(eventScalar.Start, $"event '{eventScalar.Value}' is not one of: {TriggerEvents.NewJudgement}, {TriggerEvents.Enforcement}.");
        var judgements = map.List("judgements", required: eventScalar.Value == TriggerEvents.NewJudgement)
            .Select(n => PathwayLoader.ReadCondition(n, file, frameworks)).ToList();
        var kinds = map.List("enforcement_kinds", required: eventScalar.Value == TriggerEvents.Enforcement).Select(n => PathwayLoader.ReadEnforcementKind(n, file)).ToList();
        return new WithdrawalRule(Name(map, "name"), eventScalar.Value!, judgements, kinds);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
