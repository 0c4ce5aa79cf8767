using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

/// The "Funding" section of a setting's profile: each entitlement's status and the decisions behind it. Shown to LA
/// staff only; a component, so the profile page needs one line for it.
public sealed class SettingFundingViewComponent(AppDbContext db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        if (!(await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.ViewFunding)).Succeeded)
            return Content("");
        var statuses = await db.FundingStatuses.AsNoTracking().Where(s => s.SettingId == settingId).ToListAsync();
        var decisions = await db.FundingDecisions.AsNoTracking().Where(d => d.SettingId == settingId).OrderByDescending(d => d.ProposedAt).ThenByDescending(d => d.Id)
            .Select(d => new SettingFundingView.Decision(d.Id, d.Entitlements, d.ProposedState, d.State, d.ProposedAt, d.DecidedAt))
            .ToListAsync();
        var current = FundingEntitlements.All.Select(e => statuses.FirstOrDefault(s => s.Entitlement == e) is { } s
            ? new SettingFundingView.Status(e, s.State, s.ChangedAt, s.DecisionId)
            : new SettingFundingView.Status(e, FundingState.Funded, null, null)).ToList();
        return View("/Pages/Funding/_SettingFunding.cshtml", new SettingFundingView(current, decisions));
    }
}

public sealed record SettingFundingView(IReadOnlyList<SettingFundingView.Status> Statuses, IReadOnlyList<SettingFundingView.Decision> Decisions)
{
    public sealed record Status(string Entitlement, FundingState State, DateTimeOffset? ChangedAt, int? DecisionId);

    public sealed record Decision(int Id, string Entitlements, FundingState ProposedState, FundingDecisionState State, DateTimeOffset ProposedAt, DateTimeOffset? DecidedAt)
    {
        public string Change => $"Funding {FundingStates.Verb(ProposedState)}: " + string.Join(", ", Entitlements.Split(' ').Select(FundingEntitlements.Name));
    }
}
