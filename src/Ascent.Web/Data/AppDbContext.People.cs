using Ascent.Web.Domain.People;

namespace Ascent.Web.Data;

public abstract partial class AppDbContext
{
    /// Active people holding any of the given roles, for callers to narrow to an LA's staff or a setting's people.
    /// Subject to the query filters like any other read.
    public IQueryable<AppUser> ActiveUsersInRoles(params string[] roles) =>
        Users.Where(user => user.IsActive
            && UserRoles.Any(held => held.UserId == user.Id && Roles.Any(role => role.Id == held.RoleId && roles.Contains(role.Name!))));
}
