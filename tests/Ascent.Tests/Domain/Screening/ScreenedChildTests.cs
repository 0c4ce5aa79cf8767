using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Screening;

public sealed class ScreenedChildTests
{
    private static Room RoomOf(Setting setting, string name) => new(setting, name, "");

    [Fact]
    public void Child_KeepsTheCodeUpperCase_MovesBetweenItsSettingsRooms_AndLeaves()
    {
        var setting = new Setting(1, "EY1", "Acorn", "Childcare on non-domestic premises", null);
        var child = new ScreenedChild(RoomOf(setting, "Baby room"), " b07 ", " Ava ");
        Assert.Equal(("B07", "Ava", "B07 (Ava)"), (child.Code, child.Name, child.Label));
        var archived = RoomOf(setting, "Old room");
        archived.Archive(true);
        Assert.Throws<InvalidOperationException>(() => child.MoveTo(archived));
        Assert.Throws<InvalidOperationException>(() => new ScreenedChild(archived, "B08", null));
        child.Leave(new DateOnly(2026, 12, 1));
        Assert.True(child.HasLeft);
        child.Return();
        Assert.False(child.HasLeft);
        Assert.Throws<ArgumentException>(() => new ScreenedChild(RoomOf(setting, "Pre-school"), "not a code", null));
    }

    [Fact]
    public void Round_KeepsItsAggregate_AndScoresRefuseLevelsOutsideTheScale()
    {
        var setting = new Setting(1, "EY1", "Acorn", "Childcare on non-domestic premises", null);
        var room = RoomOf(setting, "Pre-school");
        var round = new ScreeningRound(room, " Autumn 2026 ", new DateOnly(2026, 11, 27), "Mo Manager");
        Assert.Equal("Autumn 2026", round.Name);
        Assert.Equal(0, round.Summary.Screened);
        round.Keep(ScreeningSummary.Of([(2, 4), (4, 4)]), "Mo Manager", DateTimeOffset.UnixEpoch);
        Assert.Equal((2, 1, 0, 1), (round.Screened, round.Red, round.Amber, round.Green));
        Assert.Equal([0, 1, 0, 1, 0], round.Summary.WellBeingCounts);
        Assert.Equal(3.00m, round.WellBeingMean);
        var child = new ScreenedChild(room, "P01", null);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChildScore(round, child, 0, 3));
        Assert.Equal(LeuvenBand.Amber, new ChildScore(round, child, 3, 5).Band);
    }
}
