using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Imports;

/// Who may open the Imports pages. Importing the regulator's register.
public static class ImportsAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.Imports, p => p.RequireRole(Roles.LaAdministrator, Roles.SystemAdministrator));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Imports", Policies.Imports);
    }
}
