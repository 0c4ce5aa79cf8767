using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Web.Services.Visits;

/// Who hears about a visit. The setting: its leaders' accounts (owner or nominated person, manager) and the
/// contacts recorded on its page with an e-mail address; the LA: the colleagues attending and the case's adviser.
public sealed class VisitRecipients(AppDbContext db, Infrastructure.Email.Outbox outbox)
{
    public async Task<List<MailboxAddress>> SettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var leaders = await db.ActiveUsersInRoles(Roles.SettingOwner, Roles.SettingManager).Where(u => u.SettingId == settingId)
            .OrderBy(u => u.DisplayName).Select(u => new { u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var contacts = await db.SettingContacts.Where(c => c.SettingId == settingId && c.Email != null)
            .OrderBy(c => c.Name).Select(c => new { c.Name, c.Email }).ToListAsync(cancellationToken);
        return Distinct(leaders.Select(l => (l.DisplayName, (string?)l.Email)).Concat(contacts.Select(c => (c.Name, c.Email))));
    }

    public async Task<List<MailboxAddress>> ColleaguesAsync(Visit visit, CancellationToken cancellationToken)
    {
        var people = visit.Attendees.Select(a => (a.Name, (string?)a.Email)).ToList();
        if (visit.CaseId is { } caseId)
        {
            var adviser = await db.Cases.Where(c => c.Id == caseId && c.AdviserId != null)
                .Join(db.Users, c => c.AdviserId, u => u.Id, (c, u) => new { u.DisplayName, u.Email, u.IsActive })
                .FirstOrDefaultAsync(cancellationToken);
            if (adviser is { IsActive: true })
                people.Add((adviser.DisplayName, adviser.Email));
        }

        return Distinct(people);
    }

    /// A new message about the visit, addressed to the setting and copied to the colleagues (to the colleagues alone
    /// when the setting has no address); null when there is nobody to send it to.
    public async Task<MimeMessage?> MessageAsync(Visit visit, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var toSetting = await SettingAsync(visit.SettingId, cancellationToken);
        var colleagues = await ColleaguesAsync(visit, cancellationToken);
        if (toSetting.Count == 0 && colleagues.Count == 0)
            return null;
        var message = outbox.NewMessage();
        message.To.AddRange(toSetting.Count > 0 ? toSetting : colleagues);
        if (toSetting.Count > 0)
            message.Cc.AddRange(colleagues.Where(c => toSetting.All(s => !s.Address.Equals(c.Address, StringComparison.OrdinalIgnoreCase))));
        message.Subject = subject;
        return message;
    }

    private static List<MailboxAddress> Distinct(IEnumerable<(string Name, string? Email)> people)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var addresses = new List<MailboxAddress>();
        foreach (var (name, email) in people)
        {
            if (!string.IsNullOrWhiteSpace(email) && MailboxAddress.TryParse(email.Trim(), out var parsed) && seen.Add(parsed.Address))
                addresses.Add(new MailboxAddress(name, parsed.Address));
        }

        return addresses;
    }
}
