using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Visits;

/// Who may open the Visits pages. Visits and notes of visit.
public static class VisitsAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.Visits, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SettingOwner, Roles.SettingManager, Roles.Practitioner]))
        .AddPolicy(Policies.PlanVisits, p => p.RequireRole([.. Roles.LocalAuthorityRoles]))
        .AddPolicy(Policies.PrepareVisits, p => p.RequireRole(Roles.SettingOwner, Roles.SettingManager))
        .AddPolicy(Policies.NoteTemplates, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Visits", Policies.Visits);
        pages.AuthorizePage("/Visits/Plan/Index", Policies.PlanVisits);
        pages.AuthorizePage("/Visits/Plan/Edit", Policies.PlanVisits);
        // Cancel sits with planning but stays open to the setting's leaders, who cancel on the setting's behalf.
        pages.AuthorizeFolder("/Visits/Templates", Policies.NoteTemplates);
    }
}
