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
        Assert.StartsWith("a score below 3", LeuvenBand.Red.Meaning(), StringComparison.Ordinal);
        Assert.StartsWith("a 3 on either scale", LeuvenBand.Amber.Meaning(), StringComparison.Ordinal);
        Assert.Equal("4 or 5 on both scales", LeuvenBand.Green.Meaning());
        Assert.True(LeuvenBand.Red.NeedsAction());
        Assert.True(LeuvenBand.Amber.NeedsAction());
        Assert.False(LeuvenBand.Green.NeedsAction());
    }

    [Fact]
    public void MostUrgentFirst_PutsRedBeforeAmberBeforeGreen_WhateverTheEnumsOrder()
    {
        Assert.Equal([LeuvenBand.Red, LeuvenBand.Amber, LeuvenBand.Green],
            new[] { LeuvenBand.Green, LeuvenBand.Red, LeuvenBand.Amber }.Order(LeuvenBands.MostUrgentFirst));
    }

    [Theory]
    [InlineData(1, LeuvenBand.Red)]
    [InlineData(2, LeuvenBand.Red)]
    [InlineData(3, LeuvenBand.Amber)]
    [InlineData(4, LeuvenBand.Green)]
    [InlineData(5, LeuvenBand.Green)]
    public void OfLevel_IsTheBandOfOneScaleOnItsOwn(int level, LeuvenBand band)
    {
        Assert.Equal(band, LeuvenBands.OfLevel(level));
    }

    [Fact]
    public void IsLevel_IsOneToFive()
    {
        Assert.Equal([false, true, true, true, true, true, false], Enumerable.Range(0, 7).Select(LeuvenBands.IsLevel));
    }
}
