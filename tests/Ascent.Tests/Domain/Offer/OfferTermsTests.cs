using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;

namespace Ascent.Tests.Domain.Offer;

public sealed class OfferTermsTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static readonly string ShippedFile = Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "offer", "terms.yaml");

    private static readonly string[] StandingCodes = [.. Frameworks.Standings.Select(s => s.Code)];

    private static OfferTerms Shipped() => OfferTermsLoader.Parse(File.ReadAllText(ShippedFile), ShippedFile, StandingCodes);

    private static OfferTerms Parse(string yaml) => OfferTermsLoader.Parse(yaml, "terms.yaml", StandingCodes);

    private static Standing Good => Frameworks.FindStanding("good-or-better");

    private static Standing RequiresImprovement => Frameworks.FindStanding("requires-improvement");

    [Fact]
    public void ShippedTerms_PriceTheAnnualConversationFreeOnlyForSettingsOnAPathway()
    {
        var rule = Shipped().Price("free-on-pathway")!;
        Assert.Equal(0, rule.PriceFor(new SettingPriceFacts(OnPathway: true, Good), 15000).Pence);
        Assert.Equal(15000, rule.PriceFor(new SettingPriceFacts(OnPathway: false, Good), 15000).Pence);
        Assert.Equal(15000, rule.PriceFor(new SettingPriceFacts(OnPathway: false, RequiresImprovement), 15000).Pence);
    }

    [Fact]
    public void ShippedTerms_FreeBelowGood_IsFreeForASettingNotYetGood()
    {
        var rule = Shipped().Price("free-below-good")!;
        Assert.Equal(0, rule.PriceFor(new SettingPriceFacts(false, RequiresImprovement), 9500).Pence);
        Assert.Equal(0, rule.PriceFor(new SettingPriceFacts(false, Standing.NotYetInspected), 9500).Pence);
        Assert.Equal(9500, rule.PriceFor(new SettingPriceFacts(false, Good), 9500).Pence);
    }

    [Theory]
    [InlineData(14, 0)]
    [InlineData(30, 0)]
    [InlineData(13, 9500)]
    [InlineData(0, 9500)]
    public void Cancellation_IsFreeUpToTheWindow_ThenChargesThePrice(int daysBefore, int expected) =>
        Assert.Equal(expected, Shipped().CancellationFor(9500, daysBefore, 6m).Pence);

    [Fact]
    public void LateCancellationOfAFreePlace_IsChargedAsANoShow() =>
        Assert.Equal(5000, Shipped().CancellationFor(0, 3, 6m).Pence);

    [Theory]
    [InlineData(2.5, 2500)]
    [InlineData(3, 2500)]
    [InlineData(6, 5000)]
    [InlineData(6.5, 7500)]
    public void NoShowCharge_GoesByTheCourseLength(double hours, int expected) =>
        Assert.Equal(expected, Shipped().NoShowCharge((decimal)hours));

    [Fact]
    public void APriceRuleWithoutOtherwise_IsRefusedWithItsLine()
    {
        var yaml = File.ReadAllText(ShippedFile).Replace("      - otherwise: full-price\n  - code: free-below-good", "  - code: free-below-good", StringComparison.Ordinal);
        var e = Assert.Throws<DefinitionException>(() => Parse(yaml));
        Assert.Contains("free-on-pathway", e.Reason, StringComparison.Ordinal);
        Assert.Contains("otherwise", e.Reason, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, "    rules:"), e.Line);
    }

    [Fact]
    public void NoShowBandsWithoutOtherwise_AreRefused()
    {
        var yaml = File.ReadAllText(ShippedFile).Replace("  - otherwise_pence: 7500\n", "", StringComparison.Ordinal);
        var e = Assert.Throws<DefinitionException>(() => Parse(yaml));
        Assert.Contains("otherwise_pence", e.Reason, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, "no_show:"), e.Line);
    }

    [Fact]
    public void AnAmountThatIsNotWholePence_IsRefused()
    {
        var yaml = File.ReadAllText(ShippedFile).Replace("pence: 2500", "pence: 25.00", StringComparison.Ordinal);
        var e = Assert.Throws<DefinitionException>(() => Parse(yaml));
        Assert.Contains("whole number", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownStanding_IsRefusedWithTheStandingsThereAre()
    {
        var yaml = File.ReadAllText(ShippedFile).Replace("bands: [improve, urgent, none]", "standings: [satisfactory]", StringComparison.Ordinal);
        var e = Assert.Throws<DefinitionException>(() => Parse(yaml));
        Assert.Contains("'satisfactory'", e.Reason, StringComparison.Ordinal);
        Assert.Contains("good-or-better", e.Reason, StringComparison.Ordinal);
    }

    private static long LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(l => l.line.StartsWith(text, StringComparison.Ordinal)).i + 1;
}
