using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Complaints;

/// Who may open the compliments and complaints pages (docs/complaints.md). Every LA officer and a setting's owner and
/// manager record one and open the register, where the query filter (AppDbContext.Complaints) decides which they
/// see; a practitioner does not speak for the setting. The LA administrator keeps the teams, their managers, deadlines
/// and themes. Working one (acknowledge, answer, share) is for the LA administrator and the named manager, checked on
/// the page against the complaint itself.
public static class ComplaintsAccess
{
    public const string ViewComplaints = "ViewComplaints";
    public const string KeepComplaintTeams = "KeepComplaintTeams";

    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(ViewComplaints, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SettingOwner, Roles.SettingManager]))
        .AddPolicy(KeepComplaintTeams, p => p.RequireRole(Roles.LaAdministrator));

    public static void AddConventions(PageConventionCollection pages)
    {
        // Compliments and complaints: the register and recording one; the teams are the LA administrator's, the report
        // the LA's (the page lets in the administrator, the Improvement and Standards Manager and a team's manager).
        pages.AuthorizeFolder("/Complaints", ViewComplaints);
        pages.AuthorizeFolder("/Complaints/Teams", KeepComplaintTeams);
        pages.AuthorizePage("/Complaints/Report", Infrastructure.Policies.LocalAuthorityStaff);
    }
}
