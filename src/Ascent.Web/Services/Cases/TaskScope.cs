using System.Security.Claims;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;

namespace Ascent.Web.Services.Cases;

/// Whose task is it: the person it was given to, or, until someone is allocated, everyone holding its role.
public static class TaskScope
{
    public static IQueryable<CaseTask> OwnedBy(this IQueryable<CaseTask> tasks, ClaimsPrincipal user, Guid userId)
    {
        var roles = Roles.LocalAuthorityRoles.Where(user.IsInRole).ToList();
        return tasks.Where(t => t.OwnerId == userId || (t.OwnerId == null && roles.Contains(t.OwnerRole)));
    }

    /// Live tasks only: open, on a case that is open (a proposed case's tasks wait for confirmation).
    public static IQueryable<CaseTask> Live(this IQueryable<CaseTask> tasks) =>
        tasks.Where(t => t.State == CaseTaskState.Open && t.Case!.Status == CaseStatus.Open);
}
