using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

public sealed class IndexModel(AppDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<DecisionRow> Proposals { get; private set; } = [];

    public IReadOnlyList<RegisterRow> Register { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Decided { get; private set; } = [];

    public bool CanDecide { get; private set; }

    public bool CanChangeTemplate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanDecide = (await authorization.AuthorizeAsync(User, Policies.DecideFunding)).Succeeded;
        CanChangeTemplate = (await authorization.AuthorizeAsync(User, Policies.FundingLetterTemplate)).Succeeded;
        Proposals = await Rows(db.FundingDecisions.Where(d => d.State == FundingDecisionState.Proposed).OrderBy(d => d.ProposedAt).ThenBy(d => d.Id))
            .ToListAsync(cancellationToken);
        Decided = await Rows(db.FundingDecisions.Where(d => d.State != FundingDecisionState.Proposed).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id))
            .Take(50).ToListAsync(cancellationToken);

        // The register lists the settings whose funding is not simply "funded": the rest are funded by default.
        var statuses = await (from s in db.FundingStatuses.AsNoTracking()
                              join setting in db.Settings on s.SettingId equals setting.Id
                              where s.State != FundingState.Funded
                              select new { s.SettingId, setting.Name, setting.Reference, s.Entitlement, s.State, s.ChangedAt })
            .ToListAsync(cancellationToken);
        Register = [.. statuses.GroupBy(s => (s.SettingId, s.Name, s.Reference))
            .Select(g => new RegisterRow(g.Key.SettingId, g.Key.Name, g.Key.Reference,
                FundingEntitlements.All.ToDictionary(e => e, e => g.FirstOrDefault(s => s.Entitlement == e)?.State ?? FundingState.Funded),
                g.Max(s => s.ChangedAt)))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
    }

    private IQueryable<DecisionRow> Rows(IQueryable<FundingDecision> decisions) =>
        from d in decisions.AsNoTracking()
        join setting in db.Settings on d.SettingId equals setting.Id
        select new DecisionRow(d.Id, d.SettingId, setting.Name, setting.Reference, d.Entitlements, d.ProposedState, d.State, d.Reason, d.ProposedAt, d.DecidedAt, d.DecidedBy);

    public sealed record DecisionRow(int Id, int SettingId, string SettingName, string Reference, string Entitlements, FundingState ProposedState,
        FundingDecisionState State, string Reason, DateTimeOffset ProposedAt, DateTimeOffset? DecidedAt, string? DecidedBy)
    {
        public string Change => $"{FundingStates.Verb(ProposedState)}: " + string.Join(", ", Entitlements.Split(' ').Select(FundingEntitlements.Name));
    }

    public sealed record RegisterRow(int SettingId, string Name, string Reference, IReadOnlyDictionary<string, FundingState> States, DateTimeOffset? ChangedAt);
}
