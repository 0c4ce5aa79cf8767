using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Cases;

/// Who may open the Cases pages. Cases, their tasks and the pathways they follow: LA staff only; closing and the LA overview for its managers.
public static class CasesAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.ManageCases, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Cases", Policies.LocalAuthorityStaff);
    }
}
