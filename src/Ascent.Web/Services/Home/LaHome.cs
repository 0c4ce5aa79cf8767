using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Email;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Cases;
using Ascent.Web.Services.Settings;
using Ascent.Web.Services.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Home;

/// The work queues of the local authority's home pages. Every figure is a count of the same query as the list it
/// links to (TaskQueues, VisitQueues, the settings filter), so the two always agree; the query filters scope each to
/// the person's LA. Lists are short (Take), the rest is counts.
public sealed class LaHome(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, NoteWork notes)
{
    /// How many rows a home page lists before "see all".
    public const int ListLength = 5;

    private Guid Me => db.CurrentUser.UserId ?? Guid.Empty;

    public async Task<AdviserWork> AdviserAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var tasks = db.CaseTasks.AsNoTracking();
        var mine = tasks.Of(TaskQueues.Mine, user, Me, today, null);
        var taskRows = await mine.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(ListLength)
            .Select(t => new TaskItem(t.Id, t.CaseId, t.Title, t.Case!.Setting!.Name, t.DueOn)).ToListAsync(cancellationToken);
        var visits = db.Visits.AsNoTracking();
        var fortnight = visits.Of(db.VisitNotes, VisitQueues.ThisWeekAndNext, Me, today);
        var visitRows = await fortnight.OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id).Take(ListLength)
            .Select(v => new VisitItem(v.Id, v.Title, v.Setting!.Name, v.Date, v.StartTime)).ToListAsync(cancellationToken);
        var toFinish = visits.Of(db.VisitNotes, VisitQueues.NotesToFinish, Me, today);
        var noteRows = await toFinish.OrderBy(v => v.Date).ThenBy(v => v.Id).Take(ListLength)
            .Select(v => new NoteItem(v.Id, v.Title, v.Setting!.Name, v.HeldOn ?? v.Date,
                db.VisitNotes.Where(n => n.VisitId == v.Id).Select(n => (Domain.Visits.NoteStatus?)n.Status).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new AdviserWork(
            taskRows,
            await mine.CountAsync(cancellationToken),
            await tasks.Of(TaskQueues.MyOverdue, user, Me, today, null).CountAsync(cancellationToken),
            await db.Cases.CountAsync(c => c.Status == CaseStatus.Open && c.AdviserId == Me, cancellationToken),
            visitRows,
            await fortnight.CountAsync(cancellationToken),
            noteRows,
            await toFinish.CountAsync(cancellationToken),
            await notes.UnacknowledgedAsync(Me, cancellationToken),
            await PlansChangedAsync(cancellationToken));
    }

    /// The plans I commented on whose goals changed after my last comment: a goal edited, or a progress note added.
    private async Task<IReadOnlyList<PlanItem>> PlansChangedAsync(CancellationToken cancellationToken)
    {
        var name = db.CurrentUser.DisplayName;
        // SQLite cannot compare DateTimeOffset values in SQL across a grouping; a person's comments are few.
        var commented = (await db.GoalNotes.AsNoTracking().Where(n => n.Kind == GoalNoteKind.AdviserComment && n.By == name)
                .Select(n => new { n.SettingId, n.At }).ToListAsync(cancellationToken))
            .GroupBy(n => n.SettingId).ToDictionary(g => g.Key, g => g.Max(n => n.At));
        if (commented.Count == 0)
            return [];
        var ids = commented.Keys.ToList();
        var revisions = await db.PlanGoalRevisions.AsNoTracking().Where(r => ids.Contains(r.SettingId) && r.By != name)
            .Select(r => new { r.SettingId, r.At }).ToListAsync(cancellationToken);
        var progress = await db.GoalNotes.AsNoTracking().Where(n => ids.Contains(n.SettingId) && n.Kind == GoalNoteKind.Progress)
            .Select(n => new { n.SettingId, n.At }).ToListAsync(cancellationToken);
        var changed = revisions.Concat(progress).Where(c => c.At > commented[c.SettingId])
            .GroupBy(c => c.SettingId).Select(g => (SettingId: g.Key, At: g.Max(c => c.At)))
            .OrderByDescending(c => c.At).Take(ListLength).ToList();
        var changedIds = changed.Select(c => c.SettingId).ToList();
        var names = await db.Settings.AsNoTracking().Where(s => changedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. changed.Where(c => names.ContainsKey(c.SettingId)).Select(c => new PlanItem(c.SettingId, names[c.SettingId], c.At))];
    }

    public async Task<SeniorWork> SeniorAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var tasks = db.CaseTasks.AsNoTracking();
        var missed = tasks.Of(TaskQueues.Missed, user, Me, today, null);
        return new SeniorWork(
            await db.Cases.CountAsync(c => c.Status == CaseStatus.Open && c.AdviserId == null, cancellationToken),
            await missed.CountAsync(cancellationToken),
            await missed.OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(ListLength)
                .Select(t => new TaskItem(t.Id, t.CaseId, t.Title, t.Case!.Setting!.Name, t.DueOn)).ToListAsync(cancellationToken),
            await db.Visits.AsNoTracking().Of(db.VisitNotes, VisitQueues.ReviewRequested, Me, today).CountAsync(cancellationToken),
            await tasks.Of(TaskQueues.Cancellations, user, Me, today, null).CountAsync(cancellationToken),
            await tasks.Of(TaskQueues.FundingReviews, user, Me, today, null).CountAsync(cancellationToken));
    }

    public async Task<ManagerWork> ManagerAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var term = await db.SchoolTerms.AsNoTracking().Where(t => t.StartsOn <= today && t.EndsOn >= today).FirstOrDefaultAsync(cancellationToken);
        return new ManagerWork(
            await StandingsAsync(cancellationToken),
            term?.Name,
            term is null ? 0 : await db.CaseTasks.AsNoTracking().Of(TaskQueues.MetThisTerm, user, Me, today, term).CountAsync(cancellationToken),
            await db.FundingDecisions.CountAsync(d => d.State == FundingDecisionState.Proposed, cancellationToken));
    }

    public async Task<AdministratorWork> AdministratorAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return new AdministratorWork(
            await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken),
            await db.Invitations.CountAsync(i => i.AcceptedAt == null && i.CancelledAt == null && i.ExpiresAt > now, cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken));
    }

    /// The settings on the register by standing, in the standings' order ("Not yet inspected" always, even at 0):
    /// the settings list's own filter, so each count is what the list filtered by that standing shows.
    public async Task<Standings> StandingsAsync(CancellationToken cancellationToken)
    {
        var register = new SettingsFilter().Match(db.Settings.AsNoTracking());
        var counts = await register.GroupBy(s => s.StandingCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        IReadOnlyList<(Standing Standing, int Count)> byStanding = [.. frameworks.Standings
            .Select(standing => (standing, Count: counts.GetValueOrDefault(standing.Code)))
            .Where(c => c.Count > 0 || c.standing == Standing.NotYetInspected)];
        var unknown = counts.Where(c => frameworks.Standings.All(s => s.Code != c.Key)).Sum(c => c.Value);
        if (unknown > 0)
            byStanding = [.. byStanding.Where(c => c.Standing != Standing.NotKnown), (Standing.NotKnown, unknown + counts.GetValueOrDefault(Standing.NotKnown.Code))];
        return new Standings(counts.Values.Sum(), byStanding);
    }

    /// The ten latest inspections (not compliance checks), with each one's standing and, for a framework without an
    /// overall grade, its area grades.
    public async Task<IReadOnlyList<RecentInspection>> RecentInspectionsAsync(CancellationToken cancellationToken)
    {
        var recent = await db.Inspections.AsNoTracking()
            .Where(i => i.FrameworkCode != "ofsted-compliance")
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Take(10)
            .Select(i => new
            {
                i.SettingId,
                SettingName = i.Setting!.Name,
                i.Date,
                i.FrameworkCode,
                i.OverallGrade,
                Grades = i.Grades.Select(g => new { g.AreaCode, g.GradeCode }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. recent.Select(i =>
        {
            var grades = i.Grades.Select(g => KeyValuePair.Create(g.AreaCode, g.GradeCode)).ToList();
            return new RecentInspection(i.SettingId, i.SettingName, i.Date, i.FrameworkCode, i.OverallGrade,
                frameworks.StandingOf(i.FrameworkCode, i.OverallGrade, grades), InspectionOutcome.AreaGrades(frameworks, i.FrameworkCode, grades));
        })];
    }
}

public sealed record RecentInspection(int SettingId, string SettingName, DateOnly Date, string FrameworkCode, string? OverallGrade,
    Standing Standing, IReadOnlyList<InspectionOutcome.AreaGrade> AreaGrades);

public sealed record TaskItem(int Id, int CaseId, string Title, string SettingName, DateOnly DueOn);

public sealed record VisitItem(int Id, string Title, string SettingName, DateOnly Date, TimeOnly StartTime);

/// A held visit whose note is not issued; Status is null while no note is started.
public sealed record NoteItem(int VisitId, string Title, string SettingName, DateOnly HeldOn, Domain.Visits.NoteStatus? Status)
{
    public string Next => Status switch
    {
        Domain.Visits.NoteStatus.AwaitingReview => "Waiting for review",
        Domain.Visits.NoteStatus.Draft => "Draft: finish and issue",
        _ => "Not started",
    };
}

public sealed record PlanItem(int SettingId, string SettingName, DateTimeOffset ChangedAt);

public sealed record AdviserWork(
    IReadOnlyList<TaskItem> Tasks, int TaskCount, int OverdueCount, int CaseCount,
    IReadOnlyList<VisitItem> Visits, int VisitCount, IReadOnlyList<NoteItem> Notes, int NoteCount,
    IReadOnlyList<UnacknowledgedNote> Unacknowledged, IReadOnlyList<PlanItem> PlansChanged);

public sealed record SeniorWork(int Unallocated, int Missed, IReadOnlyList<TaskItem> MissedTasks, int ReviewsRequested, int Cancellations, int FundingReviews);

public sealed record ManagerWork(Standings Standings, string? TermName, int MetThisTerm, int FundingDecisions);

public sealed record AdministratorWork(ImportRun? LastImport, int PendingInvitations, int FailedEmails);

public sealed record Standings(int Total, IReadOnlyList<(Standing Standing, int Count)> ByStanding);
