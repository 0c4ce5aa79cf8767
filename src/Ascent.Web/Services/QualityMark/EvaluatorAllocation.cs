using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// The outcome of asking to allocate: done, refused with the reason, needing the coordinator's confirmation (an
/// untrained evaluator), or overtaken by someone else's change to the accreditation.
public enum AllocationOutcome
{
    Allocated,
    Refused,
    NeedsConfirmation,
    ChangedByAnother,
}

/// Allocates (or changes) a setting's evaluator: checks the person (AllocationCheck), allocates, tells the evaluator
/// in Ascent and by e-mail (a notification with the accreditation's link), in one save, with the accreditation's
/// Version as it was when the coordinator opened the page.
public sealed class EvaluatorAllocation(AppDbContext db, TimeProvider time, EvaluatorRoster roster)
{
    public async Task<(AllocationOutcome Outcome, string Message)> AllocateAsync(Accreditation accreditation, string settingName, SchemeDefinition scheme, Guid evaluatorId, bool confirmedUntrained, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        ArgumentNullException.ThrowIfNull(scheme);
        var candidate = await roster.CandidateAsync(evaluatorId, accreditation.SettingId, scheme.Code, cancellationToken);
        if (candidate is null)
            return (AllocationOutcome.Refused, "Choose one of the evaluators listed.");
        var (verdict, message) = AllocationCheck.Of(candidate, settingName, scheme.Evaluator.Training);
        if (verdict == AllocationVerdict.Refused || (verdict == AllocationVerdict.NeedsConfirmation && !confirmedUntrained))
            return (verdict == AllocationVerdict.Refused ? AllocationOutcome.Refused : AllocationOutcome.NeedsConfirmation, message);
        if (accreditation.EvaluatorId == evaluatorId)
            return (AllocationOutcome.Allocated, $"{candidate.Name} is already {settingName}'s evaluator.");

        db.Entry(accreditation).Property(a => a.Version).OriginalValue = version;
        accreditation.Allocate(evaluatorId, time.Today());
        db.Notifications.Add(new Notification(accreditation.TenantId, evaluatorId,
            $"You are the Quality Mark evaluator for {settingName}. Plan your first visit.", $"/quality-mark/accreditations/{accreditation.Id}/evaluator", time.GetUtcNow(), email: true));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (AllocationOutcome.ChangedByAnother, "Someone else changed this accreditation while you were choosing: check the evaluator now shown and choose again.");
        }

        return (AllocationOutcome.Allocated, $"{candidate.Name} is now {settingName}'s evaluator");
    }
}
