using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Partnerships;

/// Who may open the working-together pages (docs/partnerships.md): partnerships and their members, meetings, buddying,
/// bulletins and questions to the network. Every LA officer reads them; the LA's improvement team (its advisers, their
/// managers and the LA administrator) runs them; a setting's staff read their own partnerships, meetings and bulletins
/// (the tenancy filters decide which), and its owner and manager answer for the setting (apologies, agenda items).
public static class PartnershipsAccess
{
    public const string ViewPartnerships = "ViewPartnerships";
    public const string RunPartnerships = "RunPartnerships";
    public const string SendBulletins = "SendBulletins";
    public const string ActForSetting = "ActForSetting";

    /// The LA's people who set partnerships up, plan their meetings, take minutes and pair buddies.
    public static IReadOnlyList<string> RunnerRoles { get; } =
        [Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser, Roles.ImprovementAdviser, Roles.LaAdministrator];

    /// Who writes to every setting of the LA: the senior team, not each adviser.
    public static IReadOnlyList<string> BulletinRoles { get; } =
        [Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser, Roles.LaAdministrator];

    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(ViewPartnerships, p => p.RequireRole([.. Roles.LocalAuthorityRoles, .. Roles.SettingRoles]))
        .AddPolicy(RunPartnerships, p => p.RequireRole([.. RunnerRoles]))
        .AddPolicy(SendBulletins, p => p.RequireRole([.. BulletinRoles]))
        .AddPolicy(ActForSetting, p => p.RequireRole([Roles.SettingOwner, Roles.SettingManager]));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Partnerships", ViewPartnerships);

        // Partnerships and members: the LA's staff read the kinds; its improvement team makes and changes
        // partnerships, their kinds and members (docs/partnerships.md#partnerships-and-members).
        pages.AuthorizeFolder("/Partnerships/Kinds", Infrastructure.Policies.LocalAuthorityStaff);
        pages.AuthorizePage("/Partnerships/Kinds/Edit", RunPartnerships);
        pages.AuthorizePage("/Partnerships/Localities", RunPartnerships);
        pages.AuthorizePage("/Partnerships/New", RunPartnerships);
        pages.AuthorizePage("/Partnerships/Edit", RunPartnerships);
        pages.AuthorizeFolder("/Partnerships/Members", RunPartnerships);
        // Buddying: the LA's improvement team pairs buddies, plans their visits, reviews them and sets the limit; a
        // visit's shared note is written by the LA or either side's owner or manager (checked on the page).
        pages.AuthorizePage("/Partnerships/Buddying/New", RunPartnerships);
        pages.AuthorizePage("/Partnerships/Buddying/Limit", RunPartnerships);
        pages.AuthorizePage("/Partnerships/Buddying/PlanVisit", RunPartnerships);
        pages.AuthorizePage("/Partnerships/Buddying/Review", RunPartnerships);
        // Bulletins: the senior team writes and sends them; everyone who views partnerships reads the archive (the
        // tenancy filters decide which bulletins), and the questions page decides who asks, answers and hides.
        pages.AuthorizePage("/Partnerships/Bulletins/Write", SendBulletins);
        // Meetings (Pages/Partnerships/Meetings): the improvement team plans, changes, cancels and records them; the
        // meeting and agenda pages decide themselves who proposes items and sends apologies (ActForSetting).
        foreach (var page in new[] { "New", "Edit", "Cancel", "Attendance", "Minutes", "Report" })
            pages.AuthorizePage("/Partnerships/Meetings/" + page, RunPartnerships);
    }
}
