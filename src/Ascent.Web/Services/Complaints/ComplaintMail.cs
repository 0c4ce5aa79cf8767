using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Complaints;

/// What a compliment or complaint sends, through the outbox and the notifications, saved by the caller with the change:
/// to the team's manager when received (with the deadlines), a receipt to whoever recorded it, the answer to whoever
/// raised it, and word to the officer when it is shared with them.
public sealed class ComplaintMail(AppDbContext db, Outbox outbox, Links links, TimeProvider time)
{
    public async Task ReceivedAsync(Complaint complaint, string team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var link = $"/complaints/{complaint.Id}";
        var noun = ComplaintWords.Kind(complaint.Kind);
        var manager = await db.Users.IgnoreQueryFilters().Where(u => u.Id == complaint.ManagerId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(cancellationToken);
        db.Notifications.Add(new Notification(complaint.TenantId, complaint.ManagerId,
            $"{noun} about {complaint.About} for {team}: acknowledge by {Format.Date(complaint.AcknowledgeBy)}, answer by {Format.Date(complaint.AnswerBy)}.", link, time.GetUtcNow(), email: false));
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"A {noun.ToLowerInvariant()} for {team} has been recorded by {complaint.RecordedBy} and comes to you as the team's manager.").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"About: {complaint.About}").AppendLine(CultureInfo.InvariantCulture, $"Raised by: {complaint.RaisedBy}").AppendLine(CultureInfo.InvariantCulture, $"Received: {Format.Date(complaint.ReceivedOn)}")
            .AppendLine(CultureInfo.InvariantCulture, $"Acknowledge by: {Format.Date(complaint.AcknowledgeBy)}").AppendLine(CultureInfo.InvariantCulture, $"Answer by: {Format.Date(complaint.AnswerBy)}").AppendLine()
            .AppendLine("Read it and work it in Ascent: " + links.Absolute(link)).ToString();
        if (!string.IsNullOrWhiteSpace(manager.Email))
            outbox.Add(complaint.TenantId, manager.Email, manager.DisplayName, $"{noun} for {team}: acknowledge by {Format.Date(complaint.AcknowledgeBy)}", body);

        var recorder = await db.Users.IgnoreQueryFilters().Where(u => u.Id == complaint.RecordedById).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(recorder?.Email))
        {
            var receipt = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Your {noun.ToLowerInvariant()} about {complaint.About} was received on {Format.Date(complaint.ReceivedOn)} and has gone to the manager of {team}.").AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"It will be acknowledged by {Format.Date(complaint.AcknowledgeBy)} and answered by {Format.Date(complaint.AnswerBy)}.").ToString();
            outbox.Add(complaint.TenantId, recorder.Email, recorder.DisplayName, $"Your {noun.ToLowerInvariant()} is received", receipt);
        }
    }

    public void Answered(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (string.IsNullOrWhiteSpace(complaint.RaisedByEmail))
            return;
        var noun = ComplaintWords.Kind(complaint.Kind).ToLowerInvariant();
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The answer to your {noun} about {complaint.About}, received on {Format.Date(complaint.ReceivedOn)}:").AppendLine()
            .AppendLine(complaint.Response).AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Outcome: {ComplaintWords.Outcome(complaint.Outcome!.Value)}").ToString();
        outbox.Add(complaint.TenantId, complaint.RaisedByEmail, complaint.RaisedBy, $"The answer to your {noun}", body);
    }

    public void Shared(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.OfficerId is { } officer)
            db.Notifications.Add(new Notification(complaint.TenantId, officer, $"A {ComplaintWords.Kind(complaint.Kind).ToLowerInvariant()} about you has been shared with you.",
                $"/complaints/{complaint.Id}", time.GetUtcNow(), email: true));
    }
}
