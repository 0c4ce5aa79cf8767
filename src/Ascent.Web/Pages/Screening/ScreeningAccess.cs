using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace Ascent.Web.Pages.Screening;

/// Who may open the Screening pages. Recording (children, rounds, the grid, action points) is for the setting's own
/// staff; the local authority opens the overview, a setting's rounds and a room's view, which show it aggregates
/// only. Children's rows never reach LA staff whatever the page: their query filter (ISettingPrivate) returns none.
public static class ScreeningAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.RecordScreening, p => p.RequireRole([.. Roles.SettingRoles]));
}
