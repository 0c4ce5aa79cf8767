using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Web.Services.Partnerships;

/// Queues a meeting's invitations, updates and cancellations: one e-mail per recipient through the outbox, each with
/// its .ics (same UID, the meeting's SEQUENCE), and a notification in Ascent to each member setting's owner and
/// manager. Recipients: the current member settings' owner and manager accounts, and each partner's contact e-mail
/// (partners have no account). The caller saves, in the same transaction as the change.
public sealed class MeetingInvitations(AppDbContext db, Outbox outbox, Links links, TimeProvider time)
{
    /// Queues the messages; returns how many e-mails went.
    public async Task<int> SendAsync(Meeting meeting, string method, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.Id == meeting.PartnershipId).Select(p => new { p.Name }).SingleAsync(cancellationToken);
        var members = await db.PartnershipMembers.AsNoTracking().Where(m => m.PartnershipId == meeting.PartnershipId && m.LeftOn == null)
            .Select(m => new { m.SettingId, m.Name, m.ContactName, m.ContactEmail }).ToListAsync(cancellationToken);
        var settingIds = members.Where(m => m.SettingId != null).Select(m => m.SettingId!.Value).ToList();
        var accounts = await db.ActiveUsersInRoles(Roles.SettingOwner, Roles.SettingManager)
            .Where(u => u.SettingId != null && settingIds.Contains(u.SettingId.Value)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var organizer = await OrganizerAsync(cancellationToken);
        var link = $"/meetings/{meeting.Id}";
        var summary = $"{meeting.Series.Title}: {partnership.Name}";
        var body = Body(meeting, partnership.Name, what, method, links.Absolute(link));
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var account in accounts)
        {
            db.Notifications.Add(new Notification(meeting.TenantId, account.Id, $"{what}: {summary}, {Format.Date(meeting.Date)}.", link, now, email: false));
            if (!string.IsNullOrWhiteSpace(account.Email))
                sent += Queue(meeting, new MailboxAddress(account.DisplayName, account.Email), organizer, summary, what, method, body);
        }

        foreach (var partner in members.Where(m => m.SettingId == null && !string.IsNullOrWhiteSpace(m.ContactEmail)))
        {
            if (MailboxAddress.TryParse(partner.ContactEmail, out var address))
                sent += Queue(meeting, new MailboxAddress(partner.ContactName ?? partner.Name, address.Address), organizer, summary, what, method, body);
        }

        return sent;
    }

    private int Queue(Meeting meeting, MailboxAddress to, MailboxAddress organizer, string summary, string what, string method, string body)
    {
        var message = outbox.NewMessage();
        message.To.Add(to);
        message.ReplyTo.Add(organizer);
        message.Subject = $"{what}: {summary}, {Format.Date(meeting.Date)}";
        var calendar = MeetingCalendar.Create(meeting, summary, organizer, to, method, body);
        var invitation = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(calendar))),
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = method == MeetingCalendar.Cancel ? "meeting-cancelled.ics" : "meeting.ics",
        };
        invitation.ContentType.Parameters.Add("method", method);
        invitation.ContentType.Charset = "utf-8";
        message.Body = new Multipart("mixed") { new TextPart("plain") { Text = body }, invitation };
        outbox.Add(message, meeting.TenantId);
        return 1;
    }

    // The person sending is the event's organiser; someone without an e-mail address sends as Ascent.
    private async Task<MailboxAddress> OrganizerAsync(CancellationToken cancellationToken)
    {
        var id = db.CurrentUser.UserId;
        var person = id is null ? null : await db.Users.Where(u => u.Id == id).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
        return !string.IsNullOrEmpty(person?.Email) ? new MailboxAddress(person.DisplayName, person.Email) : (MailboxAddress)outbox.NewMessage().From[0];
    }

    private static string Body(Meeting meeting, string partnership, string what, string method, string link)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{what}: {meeting.Series.Title} of {partnership}.").AppendLine();
        if (method == MeetingCalendar.Cancel)
            return text.AppendLine(CultureInfo.InvariantCulture, $"The meeting on {Format.Date(meeting.Date)} at {Format.Time(meeting.StartTime)} is cancelled.").ToString();
        text.AppendLine(CultureInfo.InvariantCulture, $"When: {Format.Date(meeting.Date)}, {Format.Time(meeting.StartTime)} to {Format.Time(meeting.EndTime)}");
        text.AppendLine(meeting.Mode == MeetingMode.Online ? $"Online: {meeting.Link}" : $"Where: {meeting.Venue}{(meeting.HostName is null ? "" : $", hosted by {meeting.HostName}")}");
        var agenda = meeting.AcceptedAgenda.ToList();
        if (agenda.Count > 0)
        {
            text.AppendLine().AppendLine("Agenda:");
            for (var i = 0; i < agenda.Count; i++)
                text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {agenda[i].Title}");
        }

        text.AppendLine().AppendLine("Propose an item or send your apologies in Ascent: " + link);
        return text.ToString();
    }
}
