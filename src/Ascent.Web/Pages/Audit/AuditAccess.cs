using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Audit;

/// Who may open the Audit pages. The audit trail: who changed what.
public static class AuditAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.AuditTrail, p => p.RequireRole(Roles.LaAdministrator, Roles.SystemAdministrator));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Audit", Policies.AuditTrail);
    }
}
