using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Improvement;

/// One field of a goal before and after.
public sealed record FieldChange(string Label, string Before, string After);

/// What happened to one goal between two dates: added or changed (field by field, before and after), by whom, and
/// the progress notes and comments written on it meanwhile.
public sealed record GoalChanges(int GoalId, string Outcome, bool Added, IReadOnlyList<FieldChange> Fields, IReadOnlyList<string> People, IReadOnlyList<GoalNote> Notes);

/// The plan's history, read from the revision kept on every save (see AppDbContext.PlanHistory).
public static class PlanHistory
{
    /// A field as the plan's pages would show it; "(none)" for an empty one. Fields of plain text need no line here.
    public static string Text(GoalSnapshot goal, GoalField field, string? frameworkCode, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(frameworks);
        var text = field switch
        {
            GoalField.Area => PlanText.Area(frameworkCode, goal.AreaCode, frameworks),
            GoalField.Priority => PlanText.Priority(goal.Priority),
            GoalField.ByWhen => goal.ByWhen is { } date ? Format.Date(date) : null,
            GoalField.Steps => string.Join("\n", goal.Steps.Select(PlanText.Step)),
            GoalField.Status => PlanText.Status(goal.Status),
            _ => goal.Value(field) as string,
        };
        return string.IsNullOrEmpty(text) ? "(none)" : text;
    }

    public static IReadOnlyList<FieldChange> Changes(GoalSnapshot? before, GoalSnapshot after, string? frameworkCode, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(after);
        var fields = before is null
            ? Enum.GetValues<GoalField>().Where(f => Text(after, f, frameworkCode, frameworks) != "(none)")
            : before.DifferencesFrom(after);
        return [.. fields.Select(f => new FieldChange(GoalFields.Label(f), before is null ? "" : Text(before, f, frameworkCode, frameworks), Text(after, f, frameworkCode, frameworks)))];
    }

    /// Every goal of the setting that was added, changed or written on from the start of one day to the end of
    /// another (UK time), each compared as it stood before the first day with how it stood at the end of the second.
    public static async Task<List<GoalChanges>> BetweenAsync(AppDbContext db, int settingId, DateOnly from, DateOnly to, FrameworkRegistry frameworks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var start = Format.StartOfUkDay(from);
        var end = Format.StartOfUkDay(to.AddDays(1));
        // A plan has tens of goals and each a few dozen versions: read them and compare in memory.
        var revisions = (await db.PlanGoalRevisions.AsNoTracking().Where(r => r.SettingId == settingId).ToListAsync(cancellationToken))
            .Where(r => r.At < end).ToList();
        var notes = (await db.GoalNotes.AsNoTracking().Where(n => n.SettingId == settingId).ToListAsync(cancellationToken))
            .Where(n => n.At >= start && n.At < end).ToList();
        var goals = await db.PlanGoals.AsNoTracking().Where(g => g.SettingId == settingId)
            .Select(g => new { g.Id, g.Outcome, g.FrameworkCode }).ToDictionaryAsync(g => g.Id, cancellationToken);

        var result = new List<GoalChanges>();
        foreach (var goal in goals.Values.OrderBy(g => g.Id))
        {
            var mine = revisions.Where(r => r.GoalId == goal.Id).OrderBy(r => r.Version).ThenBy(r => r.Id).ToList();
            var during = mine.Where(r => r.At >= start).ToList();
            var goalNotes = notes.Where(n => n.GoalId == goal.Id).OrderBy(n => n.At).ToList();
            if (during.Count == 0 && goalNotes.Count == 0)
                continue;
            var before = mine.LastOrDefault(r => r.At < start)?.Read();
            var after = (during.LastOrDefault() ?? mine.Last()).Read();
            var fields = during.Count == 0 ? [] : Changes(before, after, goal.FrameworkCode, frameworks);
            if (fields.Count == 0 && goalNotes.Count == 0)
                continue;
            result.Add(new GoalChanges(goal.Id, after.Outcome, before is null && during.Count > 0, fields, [.. during.Select(r => r.By).Distinct()], goalNotes));
        }

        return result;
    }
}
