using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.QualityMark;

/// Who may open the quality-mark pages. The coordinator (with the Improvement and Standards Manager and the LA
/// administrator) runs cohorts, applications, allocation and the panel; evaluators work on the settings allocated to
/// them; every LA officer reads the scheme's pages; a setting's owner and manager apply and keep their portfolio, and
/// every member of a setting's staff reads its own (the tenancy filters decide which setting). The public register
/// is open to anyone.
public static class QualityMarkAccess
{
    public const string ViewQualityMark = "ViewQualityMark";
    public const string CoordinateQualityMark = "CoordinateQualityMark";
    public const string EvaluateQualityMark = "EvaluateQualityMark";
    public const string ApplyQualityMark = "ApplyQualityMark";

    /// The LA's people who run the scheme: cohorts, applications, allocation, the panel, reviews and withdrawal.
    public static IReadOnlyList<string> CoordinatorRoles { get; } =
        [Roles.QualityMarkCoordinator, Roles.ImprovementAndStandardsManager, Roles.LaAdministrator];

    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(ViewQualityMark, p => p.RequireRole([.. Roles.LocalAuthorityRoles, .. Roles.SettingRoles]))
        .AddPolicy(CoordinateQualityMark, p => p.RequireRole([.. CoordinatorRoles]))
        .AddPolicy(EvaluateQualityMark, p => p.RequireRole([Roles.QualityMarkEvaluator, .. CoordinatorRoles]))
        .AddPolicy(ApplyQualityMark, p => p.RequireRole([Roles.SettingOwner, Roles.SettingManager]));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/QualityMark", ViewQualityMark);
        // Cohorts and applications: the coordinator opens and changes cohorts, the LA's staff read a cohort's
        // applications, a setting's owner and manager apply; an accreditation's page is the folder's (tenancy decides).
        pages.AuthorizePage("/QualityMark/Cohorts/New", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Cohorts/Edit", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Cohorts/Show", Policies.LocalAuthorityStaff);
        pages.AuthorizePage("/QualityMark/Cohorts/Apply", ApplyQualityMark);
        pages.AuthorizeFolder("/QualityMark/Evaluators", EvaluateQualityMark);
        pages.AuthorizePage("/QualityMark/Evaluators/RemoveConflict", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Allocation/Evaluator", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Allocation/Time", EvaluateQualityMark);
        pages.AuthorizePage("/QualityMark/Allocation/TimeEntry", EvaluateQualityMark);
        pages.AuthorizeFolder("/QualityMark/Costs", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Portfolio/SignOff", EvaluateQualityMark);
        // End-of-cohort evaluation: the coordinators send, close and read it; whoever was asked answers (the page
        // finds the signed-in person's own invitation).
        pages.AuthorizePage("/QualityMark/Evaluation/Index", CoordinateQualityMark);
        // Decision: reviews are the LA's work (its staff, not a setting's); the coordinator records them and ends an
        // accreditation; the register is public.
        pages.AuthorizeFolder("/QualityMark/Reviews", Policies.LocalAuthorityStaff);
        pages.AuthorizePage("/QualityMark/Reviews/Review", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Reviews/End", CoordinateQualityMark);
        pages.AllowAnonymousToPage("/QualityMark/Register/Index");
        pages.AllowAnonymousToPage("/QualityMark/Register/Csv");
        // Impact: the LA's evidence, never a setting's page.
        pages.AuthorizeFolder("/QualityMark/Impact", Policies.LocalAuthorityStaff);
        // Schemes: the LA's staff read its versions; the page lets only the coordinator roles upload.
        pages.AuthorizeFolder("/QualityMark/Schemes", Policies.LocalAuthorityStaff);
        // Network meetings: the coordinator plans them and records attendance; the folder's rule and the tenancy
        // filters let an invited setting read its own.
        pages.AuthorizePage("/QualityMark/Networks/New", CoordinateQualityMark);
        pages.AuthorizePage("/QualityMark/Networks/Attendance", CoordinateQualityMark);
    }
}
