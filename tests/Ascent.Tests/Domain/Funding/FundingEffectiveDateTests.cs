using Ascent.Web.Domain.Funding;

namespace Ascent.Tests.Domain.Funding;

public sealed class FundingEffectiveDateTests
{
    private static readonly DateOnly Decided = new(2026, 11, 23);

    [Fact]
    public void NextFundingTerm_IsTheFirstRecordedTermThatStartsAfterTheDecision()
    {
        DateOnly[] terms = [new(2026, 9, 2), new(2027, 4, 13), new(2027, 1, 5)];

        var effective = FundingEffectiveDate.Default(Decided, terms);

        Assert.Equal(new DateOnly(2027, 1, 5), effective.Date);
        Assert.Equal(FundingEffectiveFrom.NextFundingTerm, effective.From);
    }

    [Fact]
    public void NextFundingTerm_WithoutRecordedTerms_IsTheNextOfTheStandardFundingTerms()
    {
        Assert.Equal(new DateOnly(2027, 1, 1), FundingEffectiveDate.Default(Decided, []).Date);
        Assert.Equal(new DateOnly(2027, 4, 1), FundingEffectiveDate.Default(new DateOnly(2027, 1, 1), []).Date);
        Assert.Equal(new DateOnly(2027, 9, 1), FundingEffectiveDate.Default(new DateOnly(2027, 5, 20), []).Date);
    }

    [Fact]
    public void ADecisionOnTheFirstDayOfATerm_TakesEffectFromTheFollowingTerm()
    {
        DateOnly[] terms = [new(2026, 11, 23), new(2027, 1, 5)];

        Assert.Equal(new DateOnly(2027, 1, 5), FundingEffectiveDate.Default(Decided, terms).Date);
    }

    [Fact]
    public void DaysAfterDecision_CountsCalendarDaysFromTheDecision()
    {
        var rule = new FundingEffectiveDateRule(1, FundingEffectiveFrom.DaysAfterDecision, 28, "Ann Admin", DateTimeOffset.UnixEpoch);

        var effective = rule.DateFor(Decided, [new DateOnly(2027, 1, 5)]);

        Assert.Equal(new DateOnly(2026, 12, 21), effective.Date);
        Assert.Equal(FundingEffectiveFrom.DaysAfterDecision, effective.From);
    }

    [Fact]
    public void ARule_RefusesDaysOutOfRange_AndForgetsDaysWhenItFollowsTerms()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingEffectiveDateRule(1, FundingEffectiveFrom.DaysAfterDecision, FundingEffectiveDateRule.MaxDays + 1, "A", DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FundingEffectiveDateRule(1, FundingEffectiveFrom.DaysAfterDecision, -1, "A", DateTimeOffset.UnixEpoch));

        var rule = new FundingEffectiveDateRule(1, FundingEffectiveFrom.DaysAfterDecision, 14, "A", DateTimeOffset.UnixEpoch);
        rule.Change(FundingEffectiveFrom.NextFundingTerm, 14, "B", DateTimeOffset.UnixEpoch);

        Assert.Equal(0, rule.Days);
        Assert.Equal(new DateOnly(2027, 1, 1), rule.DateFor(Decided, []).Date);
    }
}
