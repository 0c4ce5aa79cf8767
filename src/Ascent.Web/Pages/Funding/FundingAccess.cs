using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Funding;

/// Who may open the Funding pages. Funding proposals, decisions and letters.
public static class FundingAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.ViewFunding, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SystemAdministrator]))
        .AddPolicy(Policies.DecideFunding, p => p.RequireRole(Roles.ImprovementAndStandardsManager))
        .AddPolicy(Policies.FundingLetterTemplate, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Funding", Policies.ViewFunding);
        pages.AuthorizePage("/Funding/LetterTemplate", Policies.FundingLetterTemplate);
    }
}
