using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

/// The figures an Improvement and Standards Manager reports each month: open cases by pathway, deadlines met or
/// missed, caseloads, settings cancelling visits, funding reviews.
public sealed class CaseOverview(AppDbContext db)
{
    public async Task<OverviewFigures> ForAsync(DateOnly today, DateOnly since, CancellationToken cancellationToken)
    {
        var openByPathway = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open)
            .GroupBy(c => c.PathwayName).Select(g => new Count(g.Key, g.Count())).ToListAsync(cancellationToken);
        var caseloads = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open)
            .GroupBy(c => c.AdviserName).Select(g => new Count(g.Key ?? "Not allocated", g.Count())).ToListAsync(cancellationToken);

        // Proposed cases have not started, and steps due before the LA used Ascent are nobody's miss.
        var deadlines = await db.CaseTasks.AsNoTracking()
            .Where(t => (t.Kind == TaskKinds.Allocation || t.Kind == TaskKinds.Contact) && t.Case!.Status != CaseStatus.Proposed && t.Case.StartedOn >= since
                && (t.State == CaseTaskState.Done || t.State == CaseTaskState.Open))
            .Select(t => new { t.Kind, t.State, t.DueOn, t.CompletedOn })
            .ToListAsync(cancellationToken);
        Deadline Measure(string kind)
        {
            var tasks = deadlines.Where(t => t.Kind == kind).ToList();
            return new Deadline(
                tasks.Count(t => t.State == CaseTaskState.Done && t.CompletedOn <= t.DueOn),
                tasks.Count(t => t.State == CaseTaskState.Done && t.CompletedOn > t.DueOn),
                tasks.Count(t => t.State == CaseTaskState.Open && t.DueOn < today),
                tasks.Count(t => t.State == CaseTaskState.Open && t.DueOn >= today));
        }

        var term = await db.SchoolTerms.AsNoTracking().Where(t => t.StartsOn <= today && t.EndsOn >= today).FirstOrDefaultAsync(cancellationToken);
        var cancellations = new List<Count>();
        if (term is not null)
        {
            var start = new DateTimeOffset(term.StartsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            // SQLite cannot compare DateTimeOffset values in SQL; a term's cancellations are few, so they are counted here.
            var cancelled = await db.CaseTasks.AsNoTracking().Where(t => t.Outcome == TaskOutcomes.CancelledBySetting)
                .Select(t => new { t.Case!.Setting!.Name, t.CompletedAt }).ToListAsync(cancellationToken);
            cancellations = [.. cancelled.Where(t => t.CompletedAt >= start).GroupBy(t => t.Name).Select(g => new Count(g.Key, g.Count())).Where(c => c.Number >= 2)];
        }

        var fundingReviews = await db.CaseTasks.AsNoTracking()
            .Where(t => t.Key == TaskKeys.FundingWithdrawalReview && t.State == CaseTaskState.Open && t.Case!.Status == CaseStatus.Open)
            .Select(t => new FundingReview(t.CaseId, t.Id, t.Case!.Setting!.Name, t.DueOn)).ToListAsync(cancellationToken);

        return new OverviewFigures(
            [.. openByPathway.OrderByDescending(c => c.Number)], Measure(TaskKinds.Allocation), Measure(TaskKinds.Contact),
            [.. caseloads.OrderByDescending(c => c.Number)], term?.Name, [.. cancellations.OrderByDescending(c => c.Number)], fundingReviews);
    }
}

public sealed record Count(string Name, int Number);

/// Deadlines of one kind: met, missed (done late, or still open past the date), and not yet due.
public sealed record Deadline(int OnTime, int Late, int OpenOverdue, int NotYetDue)
{
    public int Decided => OnTime + Late + OpenOverdue;

    /// Percentage met, or null when nothing has fallen due yet.
    public int? PercentMet => Decided == 0 ? null : (int)Math.Round(100.0 * OnTime / Decided, MidpointRounding.AwayFromZero);
}

public sealed record FundingReview(int CaseId, int TaskId, string SettingName, DateOnly DueOn);

public sealed record OverviewFigures(
    IReadOnlyList<Count> OpenByPathway, Deadline Allocation, Deadline Contact, IReadOnlyList<Count> Caseloads,
    string? TermName, IReadOnlyList<Count> TwoCancellations, IReadOnlyList<FundingReview> FundingReviews);
