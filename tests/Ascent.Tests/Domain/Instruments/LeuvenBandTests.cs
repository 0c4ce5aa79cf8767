using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments;

public sealed class LeuvenBandTests
{
    [Theory]
    [InlineData(1, 5, LeuvenBand.Red)]
    [InlineData(5, 2, LeuvenBand.Red)]
    [InlineData(2, 3, LeuvenBand.Red)] // any below 3 is red, even with a 3 beside it
    [InlineData(3, 3, LeuvenBand.Amber)]
    [InlineData(3, 5, LeuvenBand.Amber)]
    [InlineData(4, 3, LeuvenBand.Amber)]
    [InlineData(4, 4, LeuvenBand.Green)]
    [InlineData(5, 4, LeuvenBand.Green)]
    [InlineData(5, 5, LeuvenBand.Green)]
    public void Band_FollowsTheScreeningRule(int wellbeing, int involvement, LeuvenBand band)
    {
        Assert.Equal(band, LeuvenBands.Of(wellbeing, involvement));
    }

    [Fact]
    public void Band_IsNeverReadFromTheSum()
    {
        // 5 + 2 = 7 is more than 3 + 3 = 6 and 4 + 4 = 8 is less than 5 + 5... the sum says nothing: 7 is red, 6 amber.
        Assert.Equal(LeuvenBand.Red, LeuvenBands.Of(5, 2));
        Assert.Equal(LeuvenBand.Amber, LeuvenBands.Of(3, 3));
        Assert.Equal(LeuvenBand.Amber, LeuvenBands.Of(5, 3));
        Assert.Equal(LeuvenBand.Green, LeuvenBands.Of(4, 4));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    [InlineData(3, 6)]
    public void Band_RefusesALevelOutsideOneToFive(int wellbeing, int involvement)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LeuvenBands.Of(wellbeing, involvement));
    }

    [Fact]
    public void Band_HasWordsBesideItsColour()
    {
        Assert.Equal(["Red", "Amber", "Green"], new[] { LeuvenBand.Red, LeuvenBand.Amber, LeuvenBand.Green }.Select(b => b.Label()));
        Assert.StartsWith("A score below 3", LeuvenBand.Red.Meaning(), StringComparison.Ordinal);
        Assert.StartsWith("A score of 3", LeuvenBand.Amber.Meaning(), StringComparison.Ordinal);
        Assert.True(LeuvenBand.Amber.NeedsAction());
        Assert.False(LeuvenBand.Green.NeedsAction());
    }
}
