using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Funding;

/// A change to a setting's funding that Ascent proposed from a rule, and what the Improvement and Standards Manager
/// decided. Decisions are the funding register's history: one row per proposal, covering every entitlement the
/// same event changes, so the setting gets one letter about them.
public sealed class FundingDecision : ISettingOwned, ILocalAuthorityOnly
{
    private FundingDecision()
    {
        Entitlements = "";
        RuleCode = "";
        Reason = "";
    }

    public FundingDecision(int tenantId, int settingId, IEnumerable<string> entitlements, FundingState proposedState, string ruleCode, string reason,
        long? triggerEventId, int? triggerTaskId, DateTimeOffset at)
    {
        var codes = FundingEntitlements.InOrder(entitlements).ToList();
        if (codes.Count == 0)
            throw new ArgumentException("A funding decision is about at least one entitlement.", nameof(entitlements));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        TenantId = tenantId;
        SettingId = settingId;
        Entitlements = string.Join(' ', codes);
        ProposedState = proposedState;
        RuleCode = ruleCode;
        Reason = reason.Trim();
        TriggerEventId = triggerEventId;
        TriggerTaskId = triggerTaskId;
        ProposedAt = at;
        State = FundingDecisionState.Proposed;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// Entitlement codes separated by spaces, in FundingEntitlements order.
    public string Entitlements { get; private set; }

    public IReadOnlyList<string> EntitlementCodes => Entitlements.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public FundingState ProposedState { get; private set; }

    /// The rule in funding/rules.yaml that proposed it.
    public string RuleCode { get; private set; }

    public string Reason { get; private set; }

    /// The register change event (a judgement, an enforcement notice) that led to the proposal, if one did.
    public long? TriggerEventId { get; private set; }

    /// The case task (a funding-withdrawal review) that led to the proposal, if one did.
    public int? TriggerTaskId { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public FundingDecisionState State { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    /// The letter to the setting (a Word document), generated when the decision was confirmed and kept with it.
    public byte[]? Letter { get; private set; }

    public string? LetterFileName { get; private set; }

    /// The day a confirmed change takes effect, as its letter says (the LA's FundingEffectiveDateRule).
    public DateOnly? EffectiveOn { get; private set; }

    public int Version { get; private set; }

    public bool IsPending => State == FundingDecisionState.Proposed;

    public void Confirm(Guid? byId, string by, DateTimeOffset at, byte[] letter, string letterFileName, DateOnly effectiveOn)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (State != FundingDecisionState.Proposed)
            throw new InvalidOperationException("This funding decision has already been made.");
        State = FundingDecisionState.Confirmed;
        DecidedById = byId;
        DecidedBy = by;
        DecidedAt = at;
        Letter = letter;
        LetterFileName = letterFileName;
        EffectiveOn = effectiveOn;
        Version++;
    }

    public void Reject(Guid? byId, string by, DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (State != FundingDecisionState.Proposed)
            throw new InvalidOperationException("This funding decision has already been made.");
        State = FundingDecisionState.Rejected;
        DecidedById = byId;
        DecidedBy = by;
        DecidedAt = at;
        RejectionReason = reason.Trim();
        Version++;
    }
}

public enum FundingDecisionState
{
    Proposed = 1,
    Confirmed = 2,
    Rejected = 3,
}
