using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Instruments.Audits;

/// Who may open the pages that start, fill, finish and amend audits. Reading an audit is for the LA's staff and the
/// setting's own; recording one is for those who observe: the setting's leaders for their own setting, the LA's
/// advisers and Quality Mark evaluators. Which audits a person finds is the query filters' business (their LA, or
/// their own setting), and who may write on a sheet is its observer alone (the pages check).
public static class AuditsAccess
{
    public const string ReadAudits = "ReadAudits";
    public const string RecordAudits = "RecordAudits";

    public static IReadOnlyList<string> Recorders { get; } =
        [Roles.SettingOwner, Roles.SettingManager, Roles.SeniorImprovementAdviser, Roles.ImprovementAdviser, Roles.QualityMarkEvaluator];

    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(ReadAudits, p => p.RequireRole([.. Roles.LocalAuthorityRoles, .. Roles.SettingRoles]))
        .AddPolicy(RecordAudits, p => p.RequireRole([.. Recorders]));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Instruments/Audits/Index", ReadAudits);
        pages.AuthorizePage("/Instruments/Audits/Sheet", ReadAudits);
        pages.AuthorizePage("/Instruments/Audits/Compare", ReadAudits);
        pages.AuthorizePage("/Instruments/Audits/New", RecordAudits);
        pages.AuthorizePage("/Instruments/Audits/Agree", RecordAudits);
        pages.AuthorizePage("/Instruments/Audits/Amend", RecordAudits);
    }
}
