using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// After the award: the coordinator records a review's outcome (one not passed ends the accreditation as lapsed, with
/// the reason) or ends an accreditation by hand, lapsed or withdrawn, with the reason. Each is saved with the version
/// the coordinator saw, tells the setting and the evaluator, and takes the setting off the public register when it
/// ends. Returns the message to show when refused, null when done.
public sealed class AccreditationEnds(AppDbContext db, CurrentUser user, TimeProvider time, QualityMarkNotices notices)
{
    public async Task<string?> RecordReviewAsync(int reviewId, int version, bool passed, string note, CancellationToken cancellationToken)
    {
        var review = await db.AccreditationReviews.Include(r => r.Accreditation).SingleAsync(r => r.Id == reviewId, cancellationToken);
        db.Entry(review).Property(r => r.Version).OriginalValue = version;
        var accreditation = review.Accreditation;
        if (!accreditation.IsCurrent)
            return $"The accreditation is {AccreditationStatuses.Label(accreditation.Status).ToLowerInvariant()}: there is no review to record";
        var today = time.Today();
        review.Record(passed, note, today, user.DisplayName);
        var setting = await SettingNameAsync(accreditation, cancellationToken);
        if (passed)
        {
            await TellAsync(accreditation, $"The {review.Label.ToLowerInvariant()} of {setting} was passed.", cancellationToken);
        }
        else
        {
            accreditation.End(AccreditationStatus.Lapsed, today, $"{review.Label} not passed: {note.Trim()}");
            await TellAsync(accreditation, $"The {review.Label.ToLowerInvariant()} of {setting} was not passed: its accreditation has lapsed.", cancellationToken);
        }

        return await SaveAsync(cancellationToken);
    }

    public async Task<string?> EndAsync(int accreditationId, int version, AccreditationStatus how, string reason, CancellationToken cancellationToken)
    {
        var accreditation = await db.Accreditations.SingleAsync(a => a.Id == accreditationId, cancellationToken);
        db.Entry(accreditation).Property(a => a.Version).OriginalValue = version;
        if (!accreditation.IsCurrent)
            return $"The accreditation is {AccreditationStatuses.Label(accreditation.Status).ToLowerInvariant()}, not current";
        accreditation.End(how, time.Today(), reason);
        var setting = await SettingNameAsync(accreditation, cancellationToken);
        var what = how == AccreditationStatus.Lapsed ? "has lapsed" : "has been withdrawn";
        await TellAsync(accreditation, $"The accreditation of {setting} {what}: {reason.Trim()}", cancellationToken);
        return await SaveAsync(cancellationToken);
    }

    private async Task<string?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AccreditationDecisions.ChangedMeanwhile;
        }
    }

    private async Task TellAsync(Accreditation accreditation, string text, CancellationToken cancellationToken)
    {
        await notices.ToSettingAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
        await notices.ToEvaluatorAsync(accreditation, text, QualityMarkNotices.Link(accreditation.Id), cancellationToken);
    }

    private Task<string> SettingNameAsync(Accreditation accreditation, CancellationToken cancellationToken) =>
        db.Settings.Where(s => s.Id == accreditation.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
}
