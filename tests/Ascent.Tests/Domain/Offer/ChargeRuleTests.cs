using Ascent.Web.Domain.Offer;

namespace Ascent.Tests.Domain.Offer;

/// What a closed register charges a place, and how a correction is put right without editing a charge.
public sealed class ChargeRuleTests
{
    [Theory]
    [InlineData(BookingOutcome.Attended, 6000, 2500, ChargeReason.Place, 6000)]
    [InlineData(BookingOutcome.PartlyAttended, 6000, 2500, ChargeReason.Place, 6000)]
    [InlineData(BookingOutcome.NoShow, 6000, 2500, ChargeReason.NoShow, 2500)]
    [InlineData(BookingOutcome.NoShow, 0, 2500, ChargeReason.NoShow, 2500)]
    public void AnOutcome_IsChargedAsTheTermsSay(BookingOutcome outcome, int price, int noShow, ChargeReason reason, int pence) =>
        Assert.Equal(new ChargeLine(reason, pence), ChargeRule.Due(outcome, price, noShow));

    [Fact]
    public void AFreePlaceAttended_OrPartlyAttended_IsNotCharged()
    {
        Assert.Null(ChargeRule.Due(BookingOutcome.Attended, 0, 2500));
        Assert.Null(ChargeRule.Due(BookingOutcome.PartlyAttended, 0, 2500));
    }

    [Fact]
    public void AFreeCoursesNoShow_IsCharged_AndPartialAttendanceCountsAsAPlace()
    {
        Assert.Equal(BookingOutcome.PartlyAttended, AttendanceRule.Outcome(2, 1));
        Assert.Equal(new ChargeLine(ChargeReason.NoShow, 1500), ChargeRule.Due(AttendanceRule.Outcome(2, 0), 0, 1500));
        Assert.Equal(new ChargeLine(ChargeReason.Place, 9500), ChargeRule.Due(AttendanceRule.Outcome(2, 1), 9500, 1500));
    }

    [Fact]
    public void RaisingTheSameOutcomeAgain_AddsNothing()
    {
        var due = new ChargeLine(ChargeReason.Place, 6000);
        Assert.Equal([due], ChargeRule.Corrections([], due));
        Assert.Empty(ChargeRule.Corrections([due], due));
        Assert.Empty(ChargeRule.Corrections([], null));
        Assert.Empty(ChargeRule.Corrections([new ChargeLine(ChargeReason.LateCancellation, 3000)], null));
    }

    [Fact]
    public void ACorrection_CreditsWhatWasRaised_AndChargesWhatIsDue()
    {
        var noShow = new ChargeLine(ChargeReason.NoShow, 2500);
        var place = new ChargeLine(ChargeReason.Place, 6000);
        Assert.Equal([new ChargeLine(ChargeReason.Credit, -2500), place], ChargeRule.Corrections([noShow], place));
        Assert.Equal([new ChargeLine(ChargeReason.Credit, -6000), noShow], ChargeRule.Corrections([place], noShow));
        // A free course's no-show corrected to attended: the whole no-show charge is credited, nothing is charged.
        Assert.Equal([new ChargeLine(ChargeReason.Credit, -2500)], ChargeRule.Corrections([noShow], null));
        // Corrected and corrected back: the credit stands, the charge is raised again.
        Assert.Equal([noShow], ChargeRule.Corrections([noShow, new ChargeLine(ChargeReason.Credit, -2500)], noShow));
    }

    [Fact]
    public void ReasonsAreWrittenForTheFinanceSystem() =>
        Assert.Equal(["place", "late-cancellation", "no-show", "credit"], Enum.GetValues<ChargeReason>().Select(ChargeRule.Code));
}
