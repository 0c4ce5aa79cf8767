using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Cases;

/// Turns one pathway file into a PathwayDefinition, refusing anything the engine could trip over later: an unknown
/// role, framework or grade, a deadline that is not a number, visit stages with gaps or overlaps.
public static partial class PathwayLoader
{
    /// <paramref name="sharedAudits"/>: the audits the shipped files name, which a stored or uploaded version may use
    /// without naming them again (versions stored before audits had names do just that).
    public static PathwayDefinition Parse(string yaml, string file, FrameworkRegistry frameworks, IReadOnlyList<AuditDefinition>? sharedAudits = null)
    {
        var map = new YamlMap(YamlFile.LoadSingle(yaml, file, "pathway"), file, "a pathway",
            "code", "name", "summary", "priority", "trigger", "tasks", "audits", "visits", "escalation", "exit");
        var code = map.RequiredScalar("code");
        if (!CodePattern().IsMatch(code.Value!))
            throw map.Error(code.Start, $"code '{code.Value}' must be lower-case letters, digits and hyphens.");

        var tasks = new List<TaskDefinition>();
        foreach (var node in map.List("tasks", required: true))
            tasks.Add(ReadTask(node, file, tasks));
        if (tasks.Count(t => t.Kind == TaskKinds.Allocation) > 1)
            throw map.Error(map.KeyOrMapStart("tasks"), "a pathway has at most one allocation task.");

        var audits = ReadAudits(map, file);
        audits.AddRange((sharedAudits ?? []).Where(shared => audits.All(a => a.Code != shared.Code)));
        return new PathwayDefinition(
            code.Value!,
            map.Required("name"),
            map.Optional("summary") ?? "",
            map.Number("priority") ?? 0,
            ReadTrigger(Child(map, "trigger", file, required: true)!, file, frameworks),
            tasks,
            audits,
            ReadVisits(Child(map, "visits", file, required: true)!, file, audits),
            ReadEscalation(Child(map, "escalation", file, required: false), file),
            ReadExit(Child(map, "exit", file, required: false), file, frameworks));
    }

    private static YamlMap? Child(YamlMap map, string key, string file, bool required)
    {
        var allowed = key switch
        {
            "trigger" => new[] { "event", "judgements", "enforcement_kinds" },
            "visits" => ["cadence", "interval_weeks", "first_within_working_days", "stages"],
            "escalation" => ["cancellations_per_term", "cancellations_notify", "insufficient_progress", "insufficient_progress_owner"],
            "exit" => ["moves_on_judgement", "closes_when", "enrol"],
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
        var node = map.Node(key);
        if (node is null)
            return required ? throw map.Error(map.KeyOrMapStart(key), $"{key} is required.") : null;
        return new YamlMap(node, file, key, allowed);
    }

    private static PathwayTrigger ReadTrigger(YamlMap map, string file, FrameworkRegistry frameworks)
    {
        var eventScalar = map.RequiredScalar("event");
        if (!TriggerEvents.All.Contains(eventScalar.Value!))
            throw map.Error(eventScalar.Start, $"event '{eventScalar.Value}' is not one of: {string.Join(", ", TriggerEvents.All)}.");
        var judgements = map.List("judgements", required: eventScalar.Value == TriggerEvents.NewJudgement)
            .Select(n => ReadCondition(n, file, frameworks)).ToList();
        var kinds = map.List("enforcement_kinds", required: eventScalar.Value == TriggerEvents.Enforcement).Select(n => ReadEnforcementKind(n, file)).ToList();
        return new PathwayTrigger(eventScalar.Value!, judgements, kinds);
    }

    /// An enforcement notice's kind by its name in `EnforcementKind` ("WelfareRequirementsNotice"), never its number.
    internal static string ReadEnforcementKind(YamlNode node, string file)
    {
        var value = (node as YamlScalarNode)?.Value;
        return Enum.TryParse<EnforcementKind>(value, ignoreCase: false, out _) && !int.TryParse(value, CultureInfo.InvariantCulture, out _)
            ? value!
            : throw YamlMap.Error(file, node.Start, $"enforcement kind '{value}' is not one of: {string.Join(", ", Enum.GetNames<EnforcementKind>())}.");
    }

    internal static JudgementCondition ReadCondition(YamlNode node, string file, FrameworkRegistry frameworks)
    {
        var map = new YamlMap(node, file, "a judgement condition", "framework", "overall", "any_area", "all_areas");
        var frameworkScalar = map.RequiredScalar("framework");
        if (!frameworks.TryGet(frameworkScalar.Value!, out var framework))
            throw map.Error(frameworkScalar.Start, $"framework '{frameworkScalar.Value}' is not one of: {string.Join(", ", frameworks.All.Select(f => f.Code))}.");
        var grades = framework.Scales.SelectMany(s => s.Values).Select(v => v.Code).ToHashSet(StringComparer.Ordinal);
        List<string> Codes(string key) => [.. map.List(key, required: false).Select(n =>
        {
            var value = (n as YamlScalarNode)?.Value;
            return value is not null && grades.Contains(value)
                ? value
                : throw YamlMap.Error(file, n.Start, $"grade '{value}' is not on any scale of {framework.Code}: {string.Join(", ", grades)}.");
        })];
        var condition = new JudgementCondition(framework.Code, Codes("overall"), Codes("any_area"), Codes("all_areas"));
        if (condition.Overall.Count + condition.AnyArea.Count + condition.AllAreas.Count == 0)
            throw map.Error(map.Start, "a judgement condition needs overall, any_area or all_areas.");
        return condition;
    }

    private static TaskDefinition ReadTask(YamlNode node, string file, List<TaskDefinition> earlier)
    {
        var map = new YamlMap(node, file, "a task", "key", "kind", "title", "owner", "allocates", "due_working_days");
        var key = map.RequiredScalar("key");
        if (!CodePattern().IsMatch(key.Value!))
            throw map.Error(key.Start, $"key '{key.Value}' must be lower-case letters, digits and hyphens.");
        if (TaskKeys.IsReserved(key.Value!))
            throw map.Error(key.Start, $"key '{key.Value}' is kept for the tasks Ascent adds itself (visits and escalations).");
        if (earlier.Any(t => t.Key == key.Value))
            throw map.Error(key.Start, $"task key '{key.Value}' is used twice.");
        var kind = map.RequiredScalar("kind");
        if (!TaskKinds.Definable.Contains(kind.Value!))
            throw map.Error(kind.Start, $"kind '{kind.Value}' is not one of: {string.Join(", ", TaskKinds.Definable)}.");
        var allocates = Role(map, "allocates", required: kind.Value == TaskKinds.Allocation);
        var due = map.Number("due_working_days") ?? throw map.Error(map.Start, "due_working_days is required.");
        return new TaskDefinition(key.Value!, kind.Value!, map.Required("title"), Role(map, "owner", required: true)!, allocates, due);
    }

    // Every audit a stage asks for is declared once with the name people read on tasks and pages.
    private static List<AuditDefinition> ReadAudits(YamlMap map, string file)
    {
        var audits = new List<AuditDefinition>();
        foreach (var node in map.List("audits", required: false))
        {
            var audit = new YamlMap(node, file, "an audit", "code", "name");
            var code = audit.RequiredScalar("code");
            if (!CodePattern().IsMatch(code.Value!))
                throw audit.Error(code.Start, $"audit code '{code.Value}' must be lower-case letters, digits and hyphens.");
            if (audits.Any(a => a.Code == code.Value))
                throw audit.Error(code.Start, $"audit code '{code.Value}' is used twice.");
            audits.Add(new AuditDefinition(code.Value!, audit.Required("name")));
        }

        return audits;
    }

    private static VisitPlan ReadVisits(YamlMap map, string file, List<AuditDefinition> declared)
    {
        var interval = map.Number("interval_weeks") ?? throw map.Error(map.Start, "interval_weeks is required.");
        if (interval < 1)
            throw map.Error(map.RequiredScalar("interval_weeks").Start, "interval_weeks must be at least 1.");
        var stages = new List<VisitStage>();
        foreach (var node in map.List("stages", required: true))
        {
            var stage = new YamlMap(node, file, "a visit stage", "visits", "focus", "accompanied_by", "audits", "monitoring");
            var numbers = stage.RequiredScalar("visits");
            var match = VisitsPattern().Match(numbers.Value!);
            if (!match.Success)
                throw stage.Error(numbers.Start, $"visits '{numbers.Value}' must be a number (3), a range (4-8) or open-ended (9-).");
            var from = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            int? to = match.Groups[2].Success ? (match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null) : from;
            var expected = stages.Count == 0 ? 1 : stages[^1].To + 1;
            if (stages.Count > 0 && stages[^1].To is null)
                throw stage.Error(numbers.Start, "only the last stage may be open-ended.");
            if (from != expected)
                throw stage.Error(numbers.Start, $"visits should start at {expected} so that no visit is missed or planned twice.");
            if (to < from)
                throw stage.Error(numbers.Start, $"visits '{numbers.Value}' ends before it starts.");
            var audits = stage.List("audits", required: false).Select(n => (n as YamlScalarNode)?.Value is { } a && declared.Any(d => d.Code == a)
                ? a : throw YamlMap.Error(file, n.Start, declared.Count == 0
                    ? $"audit '{(n as YamlScalarNode)?.Value}' needs a name: list it under audits (code and name)."
                    : $"audit '{(n as YamlScalarNode)?.Value}' is not one of the audits listed: {string.Join(", ", declared.Select(d => d.Code))}.")).ToList();
            stages.Add(new VisitStage(from, to, stage.Required("focus"), Role(stage, "accompanied_by", required: false), audits, stage.Flag("monitoring", whenMissing: false)));
        }

        return new VisitPlan(map.Required("cadence"), interval, map.Number("first_within_working_days") ?? 10, stages);
    }

    private static EscalationRules ReadEscalation(YamlMap? map, string file)
    {
        if (map is null)
            return new EscalationRules(null, null, null, null);
        var count = map.Number("cancellations_per_term");
        var notify = Role(map, "cancellations_notify", required: count is not null);
        var insufficient = map.Optional("insufficient_progress");
        if (insufficient is not null && !TaskKeys.ProgressEscalations.Contains(insufficient))
            throw map.Error(map.RequiredScalar("insufficient_progress").Start, $"insufficient_progress '{insufficient}' is not one of: {string.Join(", ", TaskKeys.ProgressEscalations)}.");
        return new EscalationRules(count, notify, insufficient, Role(map, "insufficient_progress_owner", required: insufficient is not null));
    }

    private static ExitRules ReadExit(YamlMap? map, string file, FrameworkRegistry frameworks)
    {
        if (map is null)
            return new ExitRules(true, [], null);
        var enrol = map.Optional("enrol");
        if (enrol is not null && !CodePattern().IsMatch(enrol))
            throw map.Error(map.RequiredScalar("enrol").Start, $"enrol '{enrol}' must be a pathway code.");
        return new ExitRules(map.Flag("moves_on_judgement", whenMissing: true), [.. map.List("closes_when", required: false).Select(n => ReadCondition(n, file, frameworks))], enrol);
    }

    private static string? Role(YamlMap map, string key, bool required)
    {
        var scalar = required ? map.RequiredScalar(key) : map.Scalar(key);
        if (scalar is null)
            return null;
        return Roles.IsLocalAuthorityRole(scalar.Value!)
            ? scalar.Value!
            : throw map.Error(scalar.Start, $"{key} '{scalar.Value}' is not a local authority role: {string.Join(", ", Roles.LocalAuthorityRoles)}.");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\s*(\d+)\s*(-\s*(\d+)?)?\s*$")]
    private static partial Regex VisitsPattern();
}
