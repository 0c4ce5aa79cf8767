using Ascent.Web.Data;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// Tells the people an accreditation's step concerns: the setting's owner and managers, its evaluator, the LA's
/// coordinators. In Ascent, and in their next e-mail summary. The caller saves, in the same transaction as the step.
public sealed class QualityMarkNotices(AppDbContext db, TimeProvider time)
{
    private const int MaxText = 1000;

    public static string Link(int accreditationId, string page = "decision") => $"/quality-mark/accreditations/{accreditationId}/{page}";

    public async Task ToSettingAsync(Accreditation accreditation, string text, string link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        // Read past the filters by the accreditation's own tenant and setting: a step taken by the system (a
        // withdrawal after an inspection) or by the LA must reach the setting's leaders all the same.
        var leaders = await Active(Roles.SettingOwner, Roles.SettingManager)
            .Where(u => u.TenantId == accreditation.TenantId && u.SettingId == accreditation.SettingId).Select(u => u.Id).ToListAsync(cancellationToken);
        Add(accreditation.TenantId, leaders, text, link);
    }

    public async Task ToEvaluatorAsync(Accreditation accreditation, string text, string link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (accreditation.EvaluatorId is not { } evaluatorId)
            return;
        var active = await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == evaluatorId && u.IsActive && u.TenantId == accreditation.TenantId, cancellationToken);
        if (active)
            Add(accreditation.TenantId, [evaluatorId], text, link);
    }

    /// The LA's Quality Mark Coordinators. A setting appealing cannot list the LA's people (the filters keep a setting
    /// to its own), so their ids alone are read past the filters, by the accreditation's tenant.
    public async Task ToCoordinatorsAsync(Accreditation accreditation, string text, string link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        var coordinators = await Active(Roles.QualityMarkCoordinator)
            .Where(u => u.TenantId == accreditation.TenantId && u.SettingId == null).Select(u => u.Id).ToListAsync(cancellationToken);
        Add(accreditation.TenantId, coordinators, text, link);
    }

    /// The LA officers who may sit on a panel or hear an appeal: active, of the LA's own staff.
    public IQueryable<AppUser> Officers(int tenantId) =>
        Active([.. Roles.LocalAuthorityRoles]).Where(u => u.TenantId == tenantId && u.SettingId == null);

    private IQueryable<AppUser> Active(params string[] roles) =>
        db.Users.IgnoreQueryFilters().Where(user => user.IsActive
            && db.UserRoles.Any(held => held.UserId == user.Id && db.Roles.Any(role => role.Id == held.RoleId && roles.Contains(role.Name!))));

    private void Add(int tenantId, IEnumerable<Guid> userIds, string text, string link)
    {
        var now = time.GetUtcNow();
        text = text.Length <= MaxText ? text : string.Concat(text.AsSpan(0, MaxText - 1), "…");
        foreach (var userId in userIds.Distinct())
            db.Notifications.Add(new Notification(tenantId, userId, text, link, now, email: true));
    }
}
