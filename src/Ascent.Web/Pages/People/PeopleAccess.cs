using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.People;

/// Who may open the People pages. Managing other people's accounts: an LA's administrators for the LA, a setting's owner for the setting.
public static class PeopleAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.ManagePeople, p => p.RequireRole(Roles.LaAdministrator, Roles.SettingOwner, Roles.SystemAdministrator));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/People", Policies.ManagePeople);
    }
}
