using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.People;

/// Inviting, re-roling and deactivating people: the rules of who may do what to whom live here, once,
/// for the pages and for any later caller.
public sealed class PeopleService(AppDbContext db, UserManager<AppUser> users, Outbox outbox, Links links, TimeProvider time)
{
    /// The roles the current user may hand out: LA administrators give LA roles (and setting roles for a setting);
    /// a setting's owner gives setting roles within their setting.
    public IReadOnlyList<string> AssignableRoles(bool forSetting) =>
        forSetting ? Roles.SettingRoles
        : db.CurrentUser.IsInRole(Roles.LaAdministrator) || db.CurrentUser.IsSystem ? Roles.LocalAuthorityRoles
        : [];

    /// A system administrator names the tenant; everyone else invites into their own.
    public async Task<Invitation> InviteAsync(string email, string displayName, int? settingId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken, int? tenantId = null)
    {
        var me = db.CurrentUser;
        tenantId = me.IsSystem ? tenantId : me.TenantId;
        if (tenantId is null)
            throw new InvalidOperationException("Only a tenant's staff can invite people to it.");
        if (me.SettingId is not null)
            settingId = me.SettingId;
        if (settingId is not null && !await db.Settings.AnyAsync(s => s.Id == settingId, cancellationToken))
            throw new InvalidOperationException("That setting is not on your register.");
        if (roles.Except(AssignableRoles(settingId is not null)).Any())
            throw new InvalidOperationException("You cannot give those roles.");

        var (invitation, token) = Invitation.Create(email, displayName, tenantId.Value, settingId, roles, me.UserId ?? Guid.Empty, time.GetUtcNow());
        db.Invitations.Add(invitation);
        var link = links.Absolute($"/account/accept-invitation?token={token}");
        // Saved together: an invitation is never left without its e-mail, nor an e-mail sent for no invitation.
        outbox.Add(tenantId, invitation.Email, invitation.DisplayName, "You are invited to Ascent",
            $"""
            Dear {invitation.DisplayName},

            {me.DisplayName} has invited you to use Ascent as {string.Join(" and ", roles)}.

            To set your password and sign in, open this link within 7 days:

            {link}

            If you were not expecting this, you can ignore this email.
            """, confidential: true);
        await db.SaveChangesAsync(cancellationToken);
        return invitation;
    }

    public async Task SetRolesAsync(AppUser user, IReadOnlyCollection<string> roles)
    {
        var allowed = AssignableRoles(user.SettingId is not null);
        if (roles.Except(allowed).Any())
            throw new InvalidOperationException("You cannot give those roles.");
        var current = await users.GetRolesAsync(user);
        // Only roles this person may give are taken away; a system administrator role, say, stays.
        await users.RemoveFromRolesAsync(user, current.Intersect(allowed).Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
    }

    public async Task DeactivateAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.Id == db.CurrentUser.UserId)
            throw new InvalidOperationException("You cannot deactivate your own account.");
        var now = time.GetUtcNow();
        user.Deactivate(now);
        // Sessions and API tokens both end: reactivating someone must not quietly bring back old credentials.
        await EndSessionsAsync(user.Id, except: null, cancellationToken);
        await foreach (var token in db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.UserId == user.Id && t.RevokedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
            token.Revoke(now);
        await users.UpdateAsync(user);
    }

    /// Signs the person out of every browser but the one named, at its next request (SessionValidation reads the
    /// row each time). The caller saves. Past the filters: a password is reset by someone not yet signed in.
    public async Task EndSessionsAsync(Guid userId, Guid? except, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await foreach (var session in db.UserSessions.IgnoreQueryFilters().Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != except).AsAsyncEnumerable().WithCancellation(cancellationToken))
            session.Revoke(now);
    }

    public async Task ReactivateAsync(AppUser user)
    {
        user.Reactivate();
        await users.UpdateAsync(user);
    }
}
