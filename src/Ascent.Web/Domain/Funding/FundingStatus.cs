using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Funding;

/// Where one entitlement of one setting stands now. A row exists only once a decision has been confirmed: without
/// one the setting is funded. The history is the setting's FundingDecisions.
public sealed class FundingStatus : ISettingOwned, ILocalAuthorityOnly
{
    private FundingStatus()
    {
        Entitlement = "";
        Reason = "";
    }

    public FundingStatus(int tenantId, int settingId, string entitlement)
    {
        if (!FundingEntitlements.IsKnown(entitlement))
            throw new ArgumentOutOfRangeException(nameof(entitlement), entitlement, "Not a funding entitlement.");
        TenantId = tenantId;
        SettingId = settingId;
        Entitlement = entitlement;
        State = FundingState.Funded;
        Reason = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string Entitlement { get; private set; }

    public FundingState State { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    /// The confirmed decision that set this state.
    public int? DecisionId { get; private set; }

    public int Version { get; private set; }

    public void Apply(FundingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.State != FundingDecisionState.Confirmed || decision.SettingId != SettingId || !decision.EntitlementCodes.Contains(Entitlement))
            throw new InvalidOperationException("Only a confirmed decision about this entitlement changes its status.");
        State = decision.ProposedState;
        Reason = decision.Reason;
        ChangedAt = decision.DecidedAt;
        DecisionId = decision.Id;
        Version++;
    }
}
