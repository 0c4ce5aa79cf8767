using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Settings;

/// What a setting's page leads with beside its latest inspection: the support case under way, its next deadline, the
/// next visit and how the improvement plan stands. Three small queries; the query filters leave out what the person
/// may not see (a setting's own staff see no case).
public sealed class SettingSummary(AppDbContext db)
{
    public async Task<Summary> ReadAsync(int settingId, DateOnly today, CancellationToken cancellationToken = default)
    {
        // A proposed case waits for the Senior Improvement Adviser; an open one comes first.
        var supportCase = await db.Cases.AsNoTracking()
            .Where(c => c.SettingId == settingId && c.Status != CaseStatus.Closed)
            .OrderByDescending(c => c.Status == CaseStatus.Open).ThenByDescending(c => c.Id)
            .Select(c => new CaseSummary(
                c.Id,
                c.PathwayName,
                c.Status,
                c.AdviserName,
                c.Tasks.Where(t => t.State == CaseTaskState.Open).OrderBy(t => t.DueOn).ThenBy(t => t.Id)
                    .Select(t => new Deadline(t.Title, t.DueOn)).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);

        var nextVisit = await db.Visits.AsNoTracking()
            .Where(v => v.SettingId == settingId && v.Status == VisitStatus.Planned && v.Date >= today)
            .OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id)
            .Select(v => new NextVisit(v.Id, v.Title, v.Date, v.StartTime))
            .FirstOrDefaultAsync(cancellationToken);

        var goals = await db.PlanGoals.AsNoTracking()
            .Where(g => g.SettingId == settingId && g.Status != GoalStatus.Dropped)
            .Select(g => new { g.Status, g.ByWhen })
            .ToListAsync(cancellationToken);
        var open = goals.Where(g => g.Status is GoalStatus.NotStarted or GoalStatus.InProgress).ToList();
        var plan = new PlanSummary(open.Count, open.Count(g => g.ByWhen < today), goals.Count(g => g.Status == GoalStatus.Achieved));
        return new Summary(supportCase, nextVisit, plan);
    }

    public sealed record Summary(CaseSummary? Case, NextVisit? NextVisit, PlanSummary Plan);

    public sealed record CaseSummary(int Id, string PathwayName, CaseStatus Status, string? AdviserName, Deadline? NextDeadline);

    public sealed record Deadline(string Title, DateOnly DueOn);

    public sealed record NextVisit(int Id, string Title, DateOnly Date, TimeOnly StartTime);

    /// Goals not started or in progress, those of them past their date, and those achieved.
    public sealed record PlanSummary(int Open, int Overdue, int Achieved);
}
