using Ascent.Web.Domain.Imports;

namespace Ascent.Tests.Domain.Imports;

/// More than 20 leavers, or more than 5% of the settings held, needs confirming: either limit is enough.
public sealed class LeaverCheckTests
{
    [Theory]
    [InlineData(70_980, 20, false)]
    [InlineData(70_980, 21, true)]
    [InlineData(100, 5, false)]
    [InlineData(100, 6, true)]
    [InlineData(25, 1, false)]
    [InlineData(25, 2, true)]
    [InlineData(0, 0, false)]
    public void NeedsConfirmation_WhenEitherLimitIsExceeded(int held, int leaving, bool needed) =>
        Assert.Equal(needed, new LeaverCheck(held, leaving, 0, "Kent").NeedsConfirmation);

    [Fact]
    public void ARejectedRowWithoutAUrn_MakesAnyLeaverNeedConfirming()
    {
        Assert.True(new LeaverCheck(1_000, 1, 1, "Kent").NeedsConfirmation);
        Assert.False(new LeaverCheck(1_000, 0, 1, "Kent").NeedsConfirmation);
    }

    [Fact]
    public void OnlyTheNumberThatLeaves_Confirms_AndAWrongNumberIsRefusedEvenWhenNoneWasNeeded()
    {
        var many = new LeaverCheck(2_061, 1_914, 0, "Kent");
        Assert.False(many.IsConfirmedBy(null));
        Assert.False(many.IsConfirmedBy(1_913));
        Assert.True(many.IsConfirmedBy(1_914));

        var few = new LeaverCheck(2_061, 3, 0, "Kent");
        Assert.True(few.IsConfirmedBy(null));
        Assert.False(few.IsConfirmedBy(4));
    }

    [Fact]
    public void Warning_SaysInPlainWordsWhatTheFileHoldsAndWhatWouldLeave() =>
        Assert.Equal(
            "This file has 4,999 of the 70,941 settings Ascent holds for these 151 local authorities. If it is the whole register, confirm that 65,942 settings have left the register; "
            + "if it is not, import the whole file (every segment of a publication split into several) instead.",
            new LeaverCheck(70_941, 65_942, 0, "these 151 local authorities").Warning);
}
