using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// Part of the daily reminders (Jobs/SendRemindersJob): when an annual review or re-accreditation opens, the setting's
/// owner and managers and its evaluator are told, once. Each review is marked reminded in the same save as its
/// notifications, with the review's version as the token: a second run that read the same review fails to save and
/// sends nothing. Runs as the system (every tenant); the reminder run's e-mail step then sends the summaries.
public sealed class ReviewReminders(AppDbContext db, QualityMarkNotices notices, ILogger<ReviewReminders> logger)
{
    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!db.CurrentUser.IsSystem)
            throw new InvalidOperationException("Reminders run as the system.");
        var ids = await db.AccreditationReviews
            .Where(r => r.DoneOn == null && r.RemindedOn == null && r.OpensOn <= today && r.Accreditation.Status == AccreditationStatus.Accredited)
            .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var review = await db.AccreditationReviews.Include(r => r.Accreditation).SingleAsync(r => r.Id == id, cancellationToken);
            if (!review.NeedsReminderOn(today))
                continue;
            review.MarkReminded(today);
            var setting = await db.Settings.Where(s => s.Id == review.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
            var text = $"The {review.Label.ToLowerInvariant()} of {setting}'s quality mark is open: it is due by {Infrastructure.Format.Date(review.DueOn)}.";
            var link = QualityMarkNotices.Link(review.AccreditationId, "portfolio/" + review.Stage);
            await notices.ToSettingAsync(review.Accreditation, text, link, cancellationToken);
            await notices.ToEvaluatorAsync(review.Accreditation, text, link, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateConcurrencyException e)
            {
                // Another run reminded about this review first.
                logger.LogInformation(e, "Review {ReviewId} was reminded by another run", id);
            }
        }

        db.ChangeTracker.Clear();
        return sent;
    }
}
