using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Funding;

/// When a confirmed funding decision takes effect, as the LA's funding letter states it: at the start of the next
/// funding term (what Ascent does until the LA says otherwise), or a number of days after the decision. One per LA.
public sealed class FundingEffectiveDateRule : ITenantOwned, ILocalAuthorityOnly
{
    public const int MaxDays = 365;

    private FundingEffectiveDateRule()
    {
        ChangedBy = "";
    }

    public FundingEffectiveDateRule(int tenantId, FundingEffectiveFrom from, int days, string changedBy, DateTimeOffset at)
    {
        TenantId = tenantId;
        ChangedBy = "";
        Change(from, days, changedBy, at);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public FundingEffectiveFrom From { get; private set; }

    /// Days after the decision, when From is DaysAfterDecision.
    public int Days { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public void Change(FundingEffectiveFrom from, int days, string changedBy, DateTimeOffset at)
    {
        if (!Enum.IsDefined(from))
            throw new ArgumentOutOfRangeException(nameof(from), from, "Not a way of setting the effective date.");
        if (from == FundingEffectiveFrom.DaysAfterDecision && days is < 0 or > MaxDays)
            throw new ArgumentOutOfRangeException(nameof(days), days, $"Between 0 and {MaxDays} days.");
        From = from;
        Days = from == FundingEffectiveFrom.DaysAfterDecision ? days : 0;
        ChangedBy = changedBy;
        ChangedAt = at;
    }

    public FundingEffectiveDate DateFor(DateOnly decidedOn, IEnumerable<DateOnly> termStarts) =>
        FundingEffectiveDate.For(From, Days, decidedOn, termStarts);
}

public enum FundingEffectiveFrom
{
    NextFundingTerm = 1,
    DaysAfterDecision = 2,
}

/// The day a decision takes effect and how the letter explains it.
public sealed record FundingEffectiveDate(DateOnly Date, FundingEffectiveFrom From)
{
    /// The funding terms of England's early education entitlements (autumn, spring, summer), used when the LA has
    /// recorded no term that starts after the decision.
    public static IReadOnlyList<(int Month, int Day)> StandardTermStarts { get; } = [(1, 1), (4, 1), (9, 1)];

    /// The next funding term starts strictly after the decision day: a decision made on a term's first day waits for
    /// the following term, so the setting always has notice.
    public static FundingEffectiveDate For(FundingEffectiveFrom from, int days, DateOnly decidedOn, IEnumerable<DateOnly> termStarts)
    {
        ArgumentNullException.ThrowIfNull(termStarts);
        if (from == FundingEffectiveFrom.DaysAfterDecision)
            return new(decidedOn.AddDays(days), from);
        var recorded = termStarts.Where(d => d > decidedOn).Order().ToList();
        if (recorded.Count > 0)
            return new(recorded[0], from);
        var standard = Enumerable.Range(decidedOn.Year, 2)
            .SelectMany(year => StandardTermStarts.Select(s => new DateOnly(year, s.Month, s.Day)))
            .First(d => d > decidedOn);
        return new(standard, from);
    }

    public static FundingEffectiveDate Default(DateOnly decidedOn, IEnumerable<DateOnly> termStarts) =>
        For(FundingEffectiveFrom.NextFundingTerm, 0, decidedOn, termStarts);
}
