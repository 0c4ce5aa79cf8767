using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Funding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

/// The "Funding" section of a setting's profile: each entitlement's status and the decisions behind it. Shown to LA
/// staff only; a component, so the profile page needs one line for it.
public sealed class SettingFundingViewComponent(AppDbContext db, FundingStatuses funding, FundingRules rules, FrameworkRegistry frameworks, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.ViewFunding)).Succeeded)
            return Content("");
        var decisions = await db.FundingDecisions.AsNoTracking().Where(d => d.SettingId == settingId).OrderByDescending(d => d.ProposedAt).ThenByDescending(d => d.Id)
            .Select(d => new SettingFundingView.Decision(d.Id, d.Entitlements, d.ProposedState, d.State, d.ProposedAt, d.DecidedAt))
            .ToListAsync();
        var current = (await funding.ForSettingAsync(settingId, HttpContext.RequestAborted)).Select(o => new SettingFundingView.Status(o, Source(o))).ToList();
        return View("/Pages/Funding/_SettingFunding.cshtml", new SettingFundingView(current, decisions));
    }

    // Where the state came from, in a sentence: the decision and who confirmed it, or the rule and the inspection.
    private string Source(FundingOrigin origin)
    {
        if (origin.Kind == FundingOriginKind.Decision)
            return $"Decision confirmed by {origin.DecidedBy} on {(origin.DecidedAt is { } at ? Format.DateTime(at) : "")} (rule: {rules.Name(origin.RuleCode)})";
        if (origin.Inspection is not { } inspection)
            return "No funding rule applies: not yet inspected";
        var framework = frameworks.TryGet(inspection.FrameworkCode, out var f) ? f.Name : inspection.FrameworkCode;
        var standing = frameworks.StandingOf(inspection.FrameworkCode, inspection.OverallGrade, inspection.Grades);
        var judged = $"the inspection of {Format.Date(inspection.Date)} ({framework}: {standing.Label.ToLowerInvariant()})";
        return origin.Kind == FundingOriginKind.Rule
            ? $"By the rule \"{rules.Name(origin.RuleCode)}\" from {judged}"
            : $"No funding rule withdraws it after {judged}";
    }
}

public sealed record SettingFundingView(IReadOnlyList<SettingFundingView.Status> Statuses, IReadOnlyList<SettingFundingView.Decision> Decisions)
{
    public sealed record Status(FundingOrigin Origin, string Source);

    public sealed record Decision(int Id, string Entitlements, FundingState ProposedState, FundingDecisionState State, DateTimeOffset ProposedAt, DateTimeOffset? DecidedAt)
    {
        public string Change => $"Funding {FundingStates.Verb(ProposedState)}: " + string.Join(", ", Entitlements.Split(' ').Select(FundingEntitlements.Name));
    }
}
