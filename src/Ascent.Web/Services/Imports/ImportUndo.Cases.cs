using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Imports;

public sealed partial class ImportUndo
{
    /// A case listed for review after a revert, with what the import did to it and what became of it.
    public sealed record CaseToReview(long Id, long ImportRunId, int CaseId, string SettingName, string SettingReference, string PathwayName,
        string Kind, CaseStatus Status, string? Decision, string? DecidedBy, DateTimeOffset? DecidedAt);

    /// The cases listed for review (of one run, or all; waiting, decided, or both), by setting. The filters apply
    /// before the projection: EF Core cannot filter on a record it has constructed.
    public IQueryable<CaseToReview> CasesToReview(long? runId, bool? decided)
    {
        var changes = db.ImportChanges.Where(c => c.Kind == ImportChangeKinds.CaseOpened || c.Kind == ImportChangeKinds.CaseClosed);
        if (runId is { } id)
            changes = changes.Where(c => c.ImportRunId == id);
        if (decided is { } done)
            changes = done ? changes.Where(c => c.Decision != null) : changes.Where(c => c.Decision == null);
        return from change in changes
               join supportCase in db.Cases on change.EntityId equals (long)supportCase.Id
               join setting in db.Settings on supportCase.SettingId equals setting.Id
               orderby setting.Name, change.Id
               select new CaseToReview(change.Id, change.ImportRunId, supportCase.Id, setting.Name, setting.Reference, supportCase.PathwayName,
                   change.Kind, supportCase.Status, change.Decision, change.DecidedBy, change.DecidedAt);
    }

    /// Carries out a person's decision on a listed case: close one the import opened, or reopen one it closed (or
    /// keep either as it is). Returns false when the case is not listed, or was decided already.
    public async Task<bool> DecideAsync(long reviewId, string decision, CancellationToken cancellationToken)
    {
        var review = await db.ImportChanges.SingleOrDefaultAsync(c => c.Id == reviewId, cancellationToken);
        if (review is not { IsCaseToReview: true, Decision: null })
            return false;
        var allowed = review.Kind == ImportChangeKinds.CaseOpened
            ? decision is CaseReviewDecisions.Close or CaseReviewDecisions.KeepOpen
            : decision is CaseReviewDecisions.Reopen or CaseReviewDecisions.KeepClosed;
        if (!allowed)
            return false;
        var supportCase = await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.Id == (int)review.EntityId, cancellationToken);
        var now = time.GetUtcNow();
        if (decision == CaseReviewDecisions.Close)
            supportCase.Close("Opened by an import that was reverted", now);
        else if (decision == CaseReviewDecisions.Reopen)
            supportCase.Reopen();
        review.Decide(decision, db.CurrentUser.DisplayName, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // Cases the pathway engine opened from this run's events (their trigger), and cases it closed while acting on them
    // (closed after the event, on a setting whose event of this run could close a case). Listing one too many is
    // harmless, it is only a prompt; listing one too few would leave a case changed unseen.
    private async Task<int> ListCasesAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var opened = await db.Cases.Where(c => db.ChangeEvents.Any(e => e.Id == c.TriggerEventId && e.ImportRunId == run.Id))
            .Select(c => new { c.Id, c.TenantId, c.SettingId }).ToListAsync(cancellationToken);
        var closing = (await db.ChangeEvents.Where(e => e.ImportRunId == run.Id && e.ProcessedAt != null
                && (e.Type == ChangeEventTypes.NewJudgement || e.Type == ChangeEventTypes.LeftRegister))
            .Select(e => new { e.SettingId, e.OccurredAt }).ToListAsync(cancellationToken))
            .GroupBy(e => e.SettingId).ToDictionary(g => g.Key, g => g.Min(e => e.OccurredAt));
        var closed = new List<(int Id, int TenantId, int SettingId)>();
        foreach (var chunk in closing.Keys.Chunk(Chunk))
        {
            // Each setting has its own time from which a closing counts: compared here rather than in SQL.
            var candidates = await db.Cases.Where(c => chunk.Contains(c.SettingId) && c.Status == CaseStatus.Closed)
                .Select(c => new { c.Id, c.TenantId, c.SettingId, c.ClosedAt }).ToListAsync(cancellationToken);
            closed.AddRange(candidates.Where(c => c.ClosedAt >= closing[c.SettingId] && opened.All(o => o.Id != c.Id)).Select(c => (c.Id, c.TenantId, c.SettingId)));
        }

        foreach (var c in opened)
            db.ImportChanges.Add(new ImportChange(run.Id, c.TenantId, c.SettingId, nameof(SupportCase), c.Id, ImportChangeKinds.CaseOpened, null));
        foreach (var c in closed)
            db.ImportChanges.Add(new ImportChange(run.Id, c.TenantId, c.SettingId, nameof(SupportCase), c.Id, ImportChangeKinds.CaseClosed, null));
        return opened.Count + closed.Count;
    }
}
