using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

/// What people do to a case: complete a task (allocating an adviser, recording a visit and its progress), record a
/// visit the setting cancelled, close a case. The pathway's rules (next visit, escalations) follow from here.
public sealed class CaseWork(AppDbContext db, TimeProvider time, PathwayVersions versions, CasePlanner planner, CurrentUser user, Funding.FundingProposer funding)
{
    public Task<PathwayDefinition> DefinitionAsync(SupportCase supportCase, CancellationToken cancellationToken) =>
        versions.DefinitionOfAsync(supportCase, cancellationToken);

    public DateOnly Today => time.Today();

    /// Completes an open task. An allocation names the adviser, who then owns the tasks meant for their role; a
    /// visit adds the next one in the plan; a monitoring visit with insufficient progress opens the escalation.
    public Task CompleteAsync(SupportCase supportCase, CaseTask task, string? note, Guid? adviserId, string? progress, CancellationToken cancellationToken) =>
        CompleteAsync(supportCase, task, note, adviserId, progress, Today, cancellationToken);

    /// As above, done on a given day (a visit is done the day it was held, even if recorded later).
    public async Task CompleteAsync(SupportCase supportCase, CaseTask task, string? note, Guid? adviserId, string? progress, DateOnly doneOn, CancellationToken cancellationToken)
    {
        var definition = await DefinitionAsync(supportCase, cancellationToken);
        var days = await planner.WorkingDaysForAsync(supportCase.TenantId, cancellationToken);
        if (task.Kind == TaskKinds.Allocation)
        {
            var allocates = definition.Tasks.Single(t => t.Key == task.Key).AllocatesRole!;
            var adviser = await db.Users.Where(u => u.Id == adviserId && u.IsActive).Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);
            supportCase.Allocate(adviser.Id, adviser.DisplayName);
            foreach (var open in supportCase.Tasks.Where(t => t.State == CaseTaskState.Open && t.OwnerRole == allocates && t != task))
                open.AssignTo(adviser.Id, adviser.DisplayName);
            note = string.IsNullOrWhiteSpace(note) ? $"Allocated to {adviser.DisplayName}" : $"Allocated to {adviser.DisplayName}. {note}";
        }

        var outcome = task.RecordsProgress ? TaskOutcomes.ParseProgress(progress) : null;
        task.Complete(doneOn, time.GetUtcNow(), user.DisplayName, note, outcome);
        // The review confirms insufficient improvement: funding withdrawal is proposed for the manager to decide.
        if (task.Key == TaskKeys.FundingWithdrawalReview)
            await funding.ProposeAfterReviewAsync(task, cancellationToken);
        if (task.Kind == TaskKinds.Visit)
        {
            planner.AddVisit(supportCase, definition, days.OnOrAfter(Today.AddDays(7 * definition.Visits.IntervalWeeks)));
            if (outcome == TaskOutcome.Insufficient)
                Escalate(supportCase, task, definition, days);
        }
    }

    /// A monitoring visit's progress, judged in its note of visit after the visit task was done: insufficient
    /// progress opens the pathway's escalation.
    public async Task RecordProgressAsync(SupportCase supportCase, CaseTask task, string progress, CancellationToken cancellationToken)
    {
        var outcome = TaskOutcomes.ParseProgress(progress) ?? throw new ArgumentOutOfRangeException(nameof(progress), progress, "A visit's progress is sufficient or insufficient.");
        task.RecordOutcome(outcome);
        if (outcome != TaskOutcome.Insufficient || !supportCase.IsOpen)
            return;
        var definition = await DefinitionAsync(supportCase, cancellationToken);
        Escalate(supportCase, task, definition, await planner.WorkingDaysForAsync(supportCase.TenantId, cancellationToken));
    }

    private void Escalate(SupportCase supportCase, CaseTask task, PathwayDefinition definition, WorkingDays days)
    {
        if (definition.Escalation.InsufficientProgress is null)
            return;
        CasePlanner.AddEscalation(supportCase, definition.Escalation.InsufficientProgress,
            $"Funding-withdrawal review: insufficient improvement recorded at visit {task.VisitNumber}",
            definition.Escalation.InsufficientProgressOwner!, days.Add(Today, 5));
    }

    /// The setting cancelled a visit: it is booked again, and the pathway's cancellation rule is checked against
    /// the LA's current school term.
    public async Task CancelledBySettingAsync(SupportCase supportCase, CaseTask visit, string reason, CancellationToken cancellationToken)
    {
        var definition = await DefinitionAsync(supportCase, cancellationToken);
        var days = await planner.WorkingDaysForAsync(supportCase.TenantId, cancellationToken);
        visit.Cancel($"Cancelled by the setting: {reason}", time.GetUtcNow(), TaskOutcome.CancelledBySetting);
        var again = planner.RebookVisit(supportCase, definition, visit.VisitNumber ?? 1, days.Add(Today, 10));
        if (again is not null && visit.OwnerId is { } owner && visit.OwnerName is { } name)
            again.AssignTo(owner, name);

        if (definition.Escalation.CancellationsPerTerm is not { } limit)
            return;
        var term = await db.SchoolTerms.Where(t => t.TenantId == supportCase.TenantId && t.StartsOn <= Today && t.EndsOn >= Today).FirstOrDefaultAsync(cancellationToken);
        if (term is null)
            return;
        var key = TaskKeys.Cancellations(term.StartsOn);
        var start = new DateTimeOffset(term.StartsOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var cancellations = supportCase.Tasks.Count(t => t.RecordedOutcome == TaskOutcome.CancelledBySetting && t.CompletedAt >= start);
        if (cancellations >= limit && supportCase.Tasks.All(t => t.Key != key))
        {
            CasePlanner.AddEscalation(supportCase, key,
                $"The setting has cancelled {cancellations} visits in the {term.Name} term: contact it to establish and discuss any difficulties preventing engagement",
                definition.Escalation.CancellationsNotify!, days.Add(Today, 2));
        }
    }
}
