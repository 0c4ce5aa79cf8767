using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments;

public sealed class ShippedInstrumentTests
{
    private static readonly InstrumentCatalogue Catalogue = InstrumentCatalogue.LoadFromDirectory(
        Path.Combine(Path.GetDirectoryName(Frameworks.FrameworkFiles.ShippedDirectory)!, "instruments"));

    [Theory]
    [InlineData("ecers-3", 35, 6)]
    [InlineData("sstew", 14, 5)]
    public void RatingScales_HaveThePublishedStructure(string code, int items, int subscales)
    {
        var instrument = Catalogue.Get(code);
        Assert.Equal(ScoringRule.EnvironmentRating, instrument.Scoring);
        Assert.Equal(items, instrument.Items.Count());
        Assert.Equal(subscales, instrument.Subscales.Count);
        Assert.Equal([.. Enumerable.Range(1, items).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))], instrument.Items.Select(i => i.Number));
    }

    [Fact]
    public void Leuven_HasTwoSeparateScalesFromOneToFive()
    {
        var leuven = Catalogue.Get("leuven");
        Assert.Equal(["wellbeing", "involvement"], leuven.Items.Select(i => i.Number));
        Assert.Equal("3 Moderate", leuven.Scale.Describe(3));
        Assert.Equal(InstrumentLevel.Child, leuven.AppliesTo);
    }
}
