using Ascent.Web.Domain.Funding;

namespace Ascent.Tests.Domain.Funding;

public sealed class FundingLetterWordingTests
{
    private static readonly FundingEffectiveDate NextTerm = new(new DateOnly(2027, 1, 5), FundingEffectiveFrom.NextFundingTerm);

    // A setting as the Ofsted register has it: the registered person is the company that runs it.
    private static FundingLetterFacts Facts(string? registeredPerson = "Acorn Childcare Ltd", FundingState state = FundingState.Withdrawn,
        IReadOnlyList<string>? entitlements = null, FundingEffectiveDate? effective = null) =>
        new("Northfield Council", "Little Acorns Day Nursery", "EY123456", registeredPerson,
            ["12 Oak Road", null, "", "Northfield", "NF1 2AB"], entitlements ?? [FundingEntitlements.TwoYearOlds], state,
            "Ofsted judged that the setting requires improvement.", new DateOnly(2026, 11, 23), effective ?? NextTerm, "Mo Manager");

    [Fact]
    public void TheLetter_IsAddressedToTheRegisteredPersonByName_AtTheSettingsAddress()
    {
        var values = FundingLetterWording.Values(Facts());

        Assert.Equal("Dear Acorn Childcare Ltd", values["Salutation"]);
        Assert.Equal("Acorn Childcare Ltd\nLittle Acorns Day Nursery\n12 Oak Road\nNorthfield\nNF1 2AB", values["Recipient"]);
    }

    [Fact]
    public void WithoutARegisteredPersonsName_TheLetterIsAddressedToTheSetting()
    {
        var values = FundingLetterWording.Values(Facts(registeredPerson: "  "));

        Assert.Equal("Dear Little Acorns Day Nursery", values["Salutation"]);
        Assert.Equal("Little Acorns Day Nursery\n12 Oak Road\nNorthfield\nNF1 2AB", values["Recipient"]);
    }

    [Theory]
    [InlineData(new[] { FundingEntitlements.TwoYearOlds }, "funding for two-year-olds (FF2)")]
    [InlineData(new[] { FundingEntitlements.Universal }, "funding for the universal 15 hours for three- and four-year-olds")]
    [InlineData(new[] { FundingEntitlements.Extended, FundingEntitlements.Universal }, "funding for the universal 15 hours and the extended 30 hours for three- and four-year-olds")]
    [InlineData(new[] { FundingEntitlements.Extended, FundingEntitlements.TwoYearOlds }, "funding for two-year-olds (FF2) and the extended 30 hours for three- and four-year-olds")]
    [InlineData(new[] { FundingEntitlements.Universal, FundingEntitlements.TwoYearOlds, FundingEntitlements.Extended },
        "funding for two-year-olds (FF2), the universal 15 hours and the extended 30 hours for three- and four-year-olds")]
    public void Entitlements_ReadAsEnglish(string[] codes, string expected) =>
        Assert.Equal(expected, FundingLetterWording.Entitlements(codes));

    [Fact]
    public void TheChange_SaysWhatHappensFromTheEffectiveDate_NotTheDecisionDate()
    {
        Assert.Equal("We are withdrawing your funding for two-year-olds (FF2) at Little Acorns Day Nursery from 5 January 2027, the start of the next funding term.",
            FundingLetterWording.Change(Facts()));
        Assert.Equal("We are reinstating your funding for two-year-olds (FF2) at Little Acorns Day Nursery from 21 December 2026.",
            FundingLetterWording.Change(Facts(state: FundingState.Funded, effective: new(new DateOnly(2026, 12, 21), FundingEffectiveFrom.DaysAfterDecision))));
        Assert.Equal("Little Acorns Day Nursery is no longer eligible for funding for two-year-olds (FF2) from 5 January 2027, the start of the next funding term.",
            FundingLetterWording.Change(Facts(state: FundingState.NotEligible)));
    }

    [Fact]
    public void EveryPlaceholder_HasAValue_AndNoneReadsLikeTheOldWording()
    {
        var values = FundingLetterWording.Values(Facts(entitlements: FundingEntitlements.All));

        Assert.Equal(Ascent.Web.Services.Funding.FundingLetters.Placeholders.Order(), values.Keys.Order());
        Assert.Equal("5 January 2027", values["EffectiveDate"]);
        Assert.Equal("23 November 2026", values["DecisionDate"]);
        Assert.All(values.Values, v => Assert.DoesNotContain("funding of", v, StringComparison.OrdinalIgnoreCase));
        Assert.All(values.Values, v => Assert.DoesNotContain("registered person", v, StringComparison.OrdinalIgnoreCase));
    }
}
