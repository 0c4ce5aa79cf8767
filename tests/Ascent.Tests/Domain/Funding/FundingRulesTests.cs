using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;

namespace Ascent.Tests.Domain.Funding;

public sealed class FundingRulesTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly string ShippedFile = Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "funding", "rules.yaml");

    private static FundingRules Shipped() => FundingRules.LoadFromFile(ShippedFile, Frameworks);

    private static Judgement Eif(string overall) => new("ofsted-eif-2019", new DateOnly(2026, 5, 1), overall, new Dictionary<string, string> { ["overall"] = overall });

    [Fact]
    public void ShippedRules_Load()
    {
        var rules = Shipped();
        Assert.Contains(rules.All, r => r.On == FundingTriggers.FundingWithdrawalReview);
        Assert.All(rules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
    }

    [Fact]
    public void Inadequate_WithdrawsEveryEntitlement_InOneChange()
    {
        var change = Assert.Single(Shipped().For(FundingTriggers.NewJudgement, judgement: Eif("4")));
        Assert.Equal(FundingState.Withdrawn, change.Rule.Set);
        Assert.Equal(FundingEntitlements.All, change.Entitlements);
    }

    [Fact]
    public void RequiresImprovement_WithdrawsTwoYearOldFundingOnly()
    {
        var change = Assert.Single(Shipped().For(FundingTriggers.NewJudgement, judgement: Eif("3")));
        Assert.Equal(FundingState.Withdrawn, change.Rule.Set);
        Assert.Equal([FundingEntitlements.TwoYearOlds], change.Entitlements);
    }

    [Fact]
    public void GoodOrBetter_Reinstates_AndANoticeOfIntentionToCancel_Withdraws()
    {
        Assert.Equal(FundingState.Funded, Assert.Single(Shipped().For(FundingTriggers.NewJudgement, judgement: Eif("1"))).Rule.Set);
        Assert.Equal(FundingState.Withdrawn, Assert.Single(Shipped().For(FundingTriggers.Enforcement, enforcementKind: "NoticeOfIntentionToCancel")).Rule.Set);
        Assert.Empty(Shipped().For(FundingTriggers.Enforcement, enforcementKind: "WelfareRequirementsNotice"));
    }

    [Fact]
    public void FirstMatchingRule_DecidesEachEntitlement()
    {
        var rules = FundingRulesLoader.Parse("""
            rules:
              - { code: a, name: First rule, on: funding-withdrawal-review, set: withdrawn, entitlements: [ff2], reason: First. }
              - { code: b, name: Second rule, on: funding-withdrawal-review, set: not-eligible, entitlements: [ff2, extended-3-4], reason: Second. }
            """, "rules.yaml", Frameworks);
        var changes = new FundingRules(rules).For(FundingTriggers.FundingWithdrawalReview);
        Assert.Equal(["a", "b"], changes.Select(c => c.Rule.Code));
        Assert.Equal([FundingEntitlements.Extended], changes[1].Entitlements);
    }

    [Theory]
    [InlineData("    entitlements: [ff2, nursery-4]\n", 6, "entitlement 'nursery-4' is not one of: ff2, universal-3-4, extended-3-4")]
    [InlineData("    entitlements: [ff2]\n    colour: red\n", 7, "unknown key 'colour' in a funding rule")]
    [InlineData("    entitlements: [ff2]\n    judgements: [{ framework: ofsted-eif-2019, overall: [\"5\"] }]\n", 7, "grade '5' is not on any scale of ofsted-eif-2019")]
    public void ABadRule_IsRefused_WithTheFileLineAndReason(string tail, int line, string reason)
    {
        var yaml = "rules:\n  - code: broken\n    on: new-judgement\n    set: withdrawn\n    reason: Because.\n" + tail;
        if (!tail.Contains("judgements", StringComparison.Ordinal))
            yaml += "    judgements: [{ framework: ofsted-eif-2019, overall: [\"4\"] }]\n";
        var error = Assert.Throws<DefinitionException>(() => FundingRulesLoader.Parse(yaml, "funding/rules.yaml", Frameworks));
        Assert.Equal("funding/rules.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEventOrState_IsRefused()
    {
        var error = Assert.Throws<DefinitionException>(() => FundingRulesLoader.Parse(
            "rules:\n  - { code: x, on: new-inspection, set: withdrawn, entitlements: [ff2], reason: R. }\n", "rules.yaml", Frameworks));
        Assert.Contains("on 'new-inspection' is not one of", error.Reason, StringComparison.Ordinal);
        error = Assert.Throws<DefinitionException>(() => FundingRulesLoader.Parse(
            "rules:\n  - code: x\n    on: funding-withdrawal-review\n    set: paused\n    entitlements: [ff2]\n    reason: R.\n", "rules.yaml", Frameworks));
        Assert.Equal(4, error.Line);
        Assert.Contains("set 'paused' is not one of: funded, withdrawn, not-eligible", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryShippedRule_HasAName_AndTheNameIsLookedUpByCode()
    {
        var rules = Shipped();

        Assert.All(rules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Name)));
        Assert.Equal("Two-year-old funding only in good or better settings", rules.Name("two-year-olds-good-or-better-only"));
        Assert.Equal("Judged inadequate", rules.Name("inadequate"));
    }

    [Fact]
    public void AnUnknownRuleCode_IsDescribed_NeverShown()
    {
        var rules = Shipped();

        Assert.Equal("A funding rule no longer in use", rules.Name("withdrawn-in-2025"));
        Assert.Equal("No rule", rules.Name(null));
    }

    [Fact]
    public void ARuleWithoutAName_IsRefused_WithItsLine()
    {
        var error = Assert.Throws<DefinitionException>(() => FundingRulesLoader.Parse(
            "rules:\n  - code: x\n    on: funding-withdrawal-review\n    set: withdrawn\n    entitlements: [ff2]\n    reason: R.\n", "rules.yaml", Frameworks));

        Assert.Equal(2, error.Line);
        Assert.Contains("name is required", error.Reason, StringComparison.Ordinal);
    }
}
