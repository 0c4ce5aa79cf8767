using Ascent.Web.Data;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Improvement;

/// Tells a setting's leaders (its active owner or nominated person and managers) that the LA has said something
/// about their work: in Ascent, and in their next e-mail summary. The caller saves.
public sealed class SettingNotifier(AppDbContext db, TimeProvider time)
{
    // A notification's text is at most 1,000 characters; a goal's outcome alone may be that long.
    private const int MaxText = 1000;

    public async Task NotifyLeadersAsync(int tenantId, int settingId, string text, string link, CancellationToken cancellationToken)
    {
        var leaders = await db.ActiveUsersInRoles(Roles.SettingOwner, Roles.SettingManager)
            .Where(u => u.TenantId == tenantId && u.SettingId == settingId).Select(u => u.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        text = text.Length <= MaxText ? text : string.Concat(text.AsSpan(0, MaxText - 1), "…");
        foreach (var leader in leaders)
            db.Notifications.Add(new Notification(tenantId, leader, text, link, now, email: true));
    }
}
