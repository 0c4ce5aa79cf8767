using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.SelfEvaluation;

/// Who may open the SelfEvaluation pages. Self-evaluation, and the questions parents and staff answer for it.
public static class SelfEvaluationAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.SelfEvaluationGuidance, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser));

    public static void AddConventions(PageConventionCollection pages)
    {
        // Parents and staff answer a setting's questions by link, without an account.
        pages.AllowAnonymousToPage("/SelfEvaluation/Voices/Answer");
        pages.AllowAnonymousToPage("/SelfEvaluation/Voices/Thanks");
        // A printed sheet's links are short, to be typed: the same page, found by the printed code.
        pages.AddPageRoute("/SelfEvaluation/Voices/Answer", "v/{token}");
    }
}
