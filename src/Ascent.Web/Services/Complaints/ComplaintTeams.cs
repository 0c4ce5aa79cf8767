using Ascent.Web.Data;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Complaints;

/// A team as its page lists it, with its manager's name.
public sealed record TeamRow(int Id, string Name, Guid ManagerId, string ManagerName, int AcknowledgeWithinDays, int AnswerWithinDays, int Version);

/// One of the LA's people, to name as a team's manager or as the officer a complaint is about.
public sealed record OfficerChoice(Guid Id, string Name, string? Role);

/// The LA's teams that compliments and complaints go to, their managers and deadlines, and its list of themes.
public sealed class ComplaintTeams(AppDbContext db)
{
    public const string Stale = "Someone else changed this team after you opened the page. Check it as it is now and try again";

    public async Task<IReadOnlyList<TeamRow>> ListAsync(CancellationToken cancellationToken)
    {
        var teams = await db.ComplaintTeams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        // The managers' names in a query of their own: IgnoreQueryFilters inside the teams' query would lift the teams'
        // filter too. A setting's staff see the team names with their managers, who are the LA's staff.
        var ids = teams.Select(t => t.ManagerId).Distinct().ToList();
        var names = await db.Users.IgnoreQueryFilters().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. teams.Select(t => new TeamRow(t.Id, t.Name, t.ManagerId, names.GetValueOrDefault(t.ManagerId, ""), t.AcknowledgeWithinDays, t.AnswerWithinDays, t.Version))];
    }

    /// The LA's active staff, by name, each with a role (the first that is the LA's).
    public async Task<IReadOnlyList<OfficerChoice>> OfficersAsync(CancellationToken cancellationToken)
    {
        // A setting's staff see only their own setting's people through the filters, yet name the LA's officers here:
        // the LA's active staff, of the signed-in person's own LA, and nothing more than a name and a role.
        var tenantId = db.CurrentUser.TenantId ?? -1;
        var names = Roles.LocalAuthorityRoles.ToList();
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.TenantId == tenantId && u.SettingId == null && u.IsActive
                && db.UserRoles.Any(held => held.UserId == u.Id && db.Roles.Any(role => role.Id == held.RoleId && names.Contains(role.Name!))))
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            }).ToListAsync(cancellationToken);
        return [.. users.Select(u => new OfficerChoice(u.Id, u.DisplayName, u.Roles.FirstOrDefault(r => r is not null && Roles.IsLocalAuthorityRole(r))))];
    }

    public async Task<IReadOnlyList<string>> ThemesAsync(CancellationToken cancellationToken) =>
        await db.ComplaintThemes.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);

    /// Adds a team; the reason when it cannot be added.
    public async Task<string?> AddAsync(string name, Guid managerId, int acknowledge, int answer, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff add teams.");
        if (await db.ComplaintTeams.AnyAsync(t => t.Name == name.Trim(), cancellationToken))
            return "There is already a team of that name";
        db.ComplaintTeams.Add(new ComplaintTeam(tenantId, name, managerId, acknowledge, answer));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// Changes a team, refusing a form opened before someone else's change.
    public async Task<string?> ChangeAsync(int id, int version, string name, Guid managerId, int acknowledge, int answer, CancellationToken cancellationToken)
    {
        var team = await db.ComplaintTeams.FirstAsync(t => t.Id == id, cancellationToken);
        if (team.Version != version)
            return Stale;
        if (await db.ComplaintTeams.AnyAsync(t => t.Id != id && t.Name == name.Trim(), cancellationToken))
            return "There is already a team of that name";
        db.Entry(team).Property(t => t.Version).OriginalValue = version;
        try
        {
            if (team.Change(name, managerId, acknowledge, answer))
                await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (InvalidOperationException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Message.TrimEnd('.');
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale;
        }
    }

    public async Task<string?> AddThemeAsync(string name, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff add themes.");
        if (await db.ComplaintThemes.AnyAsync(t => t.Name == name.Trim(), cancellationToken))
            return "That theme is already on the list";
        db.ComplaintThemes.Add(new ComplaintTheme(tenantId, name));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task RemoveThemeAsync(string name, CancellationToken cancellationToken)
    {
        if (await db.ComplaintThemes.FirstOrDefaultAsync(t => t.Name == name, cancellationToken) is { } theme)
        {
            db.ComplaintThemes.Remove(theme);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
