using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Funding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

public sealed class IndexModel(AppDbContext db, FundingStatuses statuses, IAuthorizationService authorization) : PageModel
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

        // The register lists the settings whose funding is not simply "funded", by a decision or by the rules from the
        // inspection they were imported with; the rest are funded.
        var candidates = await statuses.Candidates().ToListAsync(cancellationToken);
        var funding = new Dictionary<int, IReadOnlyList<FundingOrigin>>();
        foreach (var chunk in candidates.Chunk(500))
        {
            foreach (var (id, origins) in await statuses.ForSettingsAsync(chunk, cancellationToken))
                funding[id] = origins;
        }

        var withdrawn = funding.Where(f => f.Value.Any(o => o.State != FundingState.Funded)).Select(f => f.Key).ToList();
        var names = await db.Settings.AsNoTracking().Where(s => withdrawn.Contains(s.Id)).Select(s => new { s.Id, s.Name, s.Reference }).ToListAsync(cancellationToken);
        Register = [.. names
            .Select(s => new RegisterRow(s.Id, s.Name, s.Reference, funding[s.Id].ToDictionary(o => o.Entitlement, o => o.State),
                funding[s.Id].Max(o => o.DecidedAt)))
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
