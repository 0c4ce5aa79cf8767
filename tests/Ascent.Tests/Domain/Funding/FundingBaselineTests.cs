using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;

namespace Ascent.Tests.Domain.Funding;

/// A setting's funding before any decision: the shipped rules applied to the inspection it came to Ascent with.
public sealed class FundingBaselineTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly FundingRules Rules =
        FundingRules.LoadFromFile(Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "funding", "rules.yaml"), Frameworks);

    private static readonly DateOnly Inspected = new(2021, 5, 12);

    private static Dictionary<string, FundingOrigin> For(Judgement? judgement) =>
        FundingBaseline.For(Rules, judgement).ToDictionary(o => o.Entitlement);

    private static Judgement Eif(string overall) => new("ofsted-eif-2019", Inspected, overall, new Dictionary<string, string> { ["overall"] = overall });

    private static Judgement Renewed(string weakest) => new("ofsted-renewed-2025", Inspected, null, new Dictionary<string, string>
    {
        ["safeguarding"] = "met",
        ["inclusion"] = "expected",
        ["curriculum-and-teaching"] = weakest,
        ["achievement"] = "strong",
    });

    [Fact]
    public void RequiresImprovement_HasNoTwoYearOldFunding_ByTheRule_AndKeepsTheRest()
    {
        var funding = For(Eif("3"));

        var ff2 = funding[FundingEntitlements.TwoYearOlds];
        Assert.Equal((FundingState.Withdrawn, FundingOriginKind.Rule, "two-year-olds-good-or-better-only"), (ff2.State, ff2.Kind, ff2.RuleCode));
        Assert.Equal(Inspected, ff2.Inspection?.Date);
        Assert.All([funding[FundingEntitlements.Universal], funding[FundingEntitlements.Extended]],
            o => Assert.Equal((FundingState.Funded, FundingOriginKind.NoRule), (o.State, o.Kind)));
    }

    [Fact]
    public void RenewedFramework_NeedsAttention_HasNoTwoYearOldFunding()
    {
        var funding = For(Renewed("needs-attention"));
        Assert.Equal(FundingState.Withdrawn, funding[FundingEntitlements.TwoYearOlds].State);
        Assert.Equal(FundingState.Funded, funding[FundingEntitlements.Universal].State);
    }

    [Fact]
    public void InadequateOrUrgentImprovement_HasNoFundingAtAll()
    {
        Assert.All(For(Eif("4")).Values, o => Assert.Equal((FundingState.Withdrawn, "inadequate"), (o.State, o.RuleCode)));
        Assert.All(For(Renewed("urgent-improvement")).Values, o => Assert.Equal(FundingState.Withdrawn, o.State));
    }

    [Fact]
    public void GoodOrBetter_IsFunded_ByTheGoodOrBetterRule()
    {
        Assert.All(For(Eif("2")).Values, o => Assert.Equal((FundingState.Funded, FundingOriginKind.Rule, "good-or-better"), (o.State, o.Kind, o.RuleCode)));
        Assert.All(For(Renewed("expected")).Values, o => Assert.Equal((FundingState.Funded, "good-or-better"), (o.State, o.RuleCode)));
    }

    [Fact]
    public void NotYetInspected_IsFunded_WithNoRuleAndNoInspection()
    {
        var funding = For(null);
        Assert.Equal(FundingEntitlements.All, funding.Keys);
        Assert.All(funding.Values, o => Assert.Equal((FundingState.Funded, FundingOriginKind.NoRule, (Judgement?)null), (o.State, o.Kind, o.Inspection)));
    }
}
