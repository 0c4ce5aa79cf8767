using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Charts;

/// Who may open the Charts pages. A setting's staff see their own setting's charts and the LA's staff every setting's
/// of their LA (the tenancy filters decide which setting), as the system administrator sees every setting's page; the setting's owner and manager and the LA's advisers
/// change a chart's controls, annotate it and keep the setting's own measures.
public static class ChartsAccess
{
    public const string ViewCharts = "ViewCharts";
    public const string ChangeCharts = "ChangeCharts";

    /// The roles that change charts and keep measures: the setting's leaders, and the LA's advisers who support them.
    public static IReadOnlyList<string> ChangeRoles { get; } =
        [Roles.SettingOwner, Roles.SettingManager, Roles.ImprovementAdviser, Roles.SeniorImprovementAdviser];

    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(ViewCharts, p => p.RequireRole([.. Roles.LocalAuthorityRoles, .. Roles.SettingRoles, Roles.SystemAdministrator]))
        .AddPolicy(ChangeCharts, p => p.RequireRole([.. ChangeRoles]));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Charts", ViewCharts);
        pages.AuthorizeFolder("/Charts/Measures", ChangeCharts);
        pages.AuthorizePage("/Charts/Import", ChangeCharts);
    }
}
