using Ascent.Web.Domain.Visits;
using static Ascent.Tests.Domain.Visits.VisitMaking;

namespace Ascent.Tests.Domain.Visits;

/// A visit cannot be held before it happens: the day it is recorded as held on, planning a visit on a day already
/// past, and moving a visit to one.
public sealed class VisitDatesTests
{
    // Visit() is planned for a week after Today.
    private static readonly DateOnly Planned = Today.AddDays(7);

    [Fact]
    public void RecordHeld_OnThePlannedDay_IsHeldOnThatDay()
    {
        var visit = Visit();

        visit.RecordHeld(Planned, today: Planned);

        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(Planned, visit.HeldOn);
        Assert.False(visit.IsPlanned);
        Assert.False(visit.WasRecordedAfterwards);
        Assert.Equal(1, visit.Version);
    }

    [Fact]
    public void RecordHeld_OnThePlannedDay_WhenThatIsStillToCome_IsRefused()
    {
        var visit = Visit();

        Assert.Throws<ArgumentOutOfRangeException>(() => visit.RecordHeld(Planned, today: Today));
        Assert.True(visit.IsPlanned);
        Assert.Null(visit.HeldOn);
    }

    [Fact]
    public void RecordHeld_OnADayStillToCome_IsRefused_EvenWhenConfirmed()
    {
        var visit = Visit();

        Assert.Throws<ArgumentOutOfRangeException>(() => visit.RecordHeld(Planned.AddDays(2), today: Planned.AddDays(1), otherDayConfirmed: true));
        Assert.True(visit.IsPlanned);
    }

    [Theory]
    [InlineData(-3)]
    [InlineData(2)]
    public void RecordHeld_OnAnotherDay_IsRefusedUntilConfirmed(int daysFromPlanned)
    {
        var visit = Visit();
        var on = Planned.AddDays(daysFromPlanned);

        Assert.Throws<InvalidOperationException>(() => visit.RecordHeld(on, today: Planned.AddDays(5)));
        Assert.True(visit.IsPlanned);

        visit.RecordHeld(on, today: Planned.AddDays(5), otherDayConfirmed: true);
        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(on, visit.HeldOn);
        Assert.Equal(Planned, visit.Date);
    }

    [Fact]
    public void RecordHeld_MoreThanAYearAgo_IsRefused()
    {
        var visit = Visit();
        var today = Planned.AddYears(1).AddDays(2);

        Assert.Throws<ArgumentOutOfRangeException>(() => visit.RecordHeld(Planned, today));
        Assert.True(visit.IsPlanned);
    }

    [Theory]
    [InlineData(0, 0, HeldOnCheck.ThePlannedDay)]
    [InlineData(0, 10, HeldOnCheck.ThePlannedDay)]
    [InlineData(-1, 0, HeldOnCheck.NotThePlannedDay)]
    [InlineData(3, 5, HeldOnCheck.NotThePlannedDay)]
    [InlineData(0, -1, HeldOnCheck.InTheFuture)]
    [InlineData(1, 0, HeldOnCheck.InTheFuture)]
    [InlineData(-400, 0, HeldOnCheck.TooLongAgo)]
    public void CheckHeldOn_SaysWhatIsWrongWithTheDay(int onFromPlanned, int todayFromPlanned, HeldOnCheck expected) =>
        Assert.Equal(expected, Visit().CheckHeldOn(Planned.AddDays(onFromPlanned), Planned.AddDays(todayFromPlanned)));

    [Theory]
    [InlineData(-1, true)]
    [InlineData(-300, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void HasPassed_IsTrueOnlyBeforeToday(int daysFromToday, bool expected) =>
        Assert.Equal(expected, Web.Domain.Visits.Visit.HasPassed(Today.AddDays(daysFromToday), Today));

    [Fact]
    public void RecordedAfterwards_OnADayAlreadyPast_IsHeldOnThatDay_WithNoInvitationSent()
    {
        var on = Today.AddDays(-3);

        var visit = Web.Domain.Visits.Visit.RecordedAfterwards(Setting(), VisitPurposes.AnnualConversation, " Annual conversation ", Schedule(on: on), "Ari Adviser", Now, Today);

        Assert.Equal(VisitStatus.Held, visit.Status);
        Assert.Equal(on, visit.Date);
        Assert.Equal(on, visit.HeldOn);
        Assert.Equal("Annual conversation", visit.Title);
        Assert.Equal("Ari Adviser", visit.PlannedBy);
        Assert.True(visit.WasRecordedAfterwards);
        Assert.Equal(0, visit.CalendarSequence);
        Assert.Throws<InvalidOperationException>(() => visit.RecordHeld(on, Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-366)]
    public void RecordedAfterwards_TodayLaterOrOverAYearAgo_IsRefused(int daysFromToday) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Web.Domain.Visits.Visit.RecordedAfterwards(Setting(), VisitPurposes.AnnualConversation, "Annual conversation", Schedule(on: Today.AddDays(daysFromToday)), "Ari Adviser", Now, Today));

    [Fact]
    public void APlannedVisit_WasNotRecordedAfterwards_EvenOnceHeldOnAnotherDay()
    {
        var visit = Visit();

        visit.RecordHeld(Planned.AddDays(-2), today: Planned, otherDayConfirmed: true);

        Assert.False(visit.WasRecordedAfterwards);
    }

    [Fact]
    public void Reschedule_ToADayAlreadyPast_IsRefused()
    {
        var visit = Visit();

        Assert.Throws<ArgumentOutOfRangeException>(() => visit.Reschedule(Schedule(on: Planned.AddDays(-1)), "Earlier", today: Planned));
        Assert.Equal(Planned, visit.Date);
        Assert.Equal(0, visit.CalendarSequence);
    }

    [Fact]
    public void Reschedule_OfAVisitWhoseDayHasPassed_MayStillChangeItsAgendaOrMoveItToCome()
    {
        var visit = Visit();
        var today = Planned.AddDays(2);

        visit.Reschedule(Schedule(on: Planned, agenda: "A new agenda"), null, today);
        Assert.Equal("A new agenda", visit.Agenda);
        Assert.Equal(0, visit.RescheduleCount);

        visit.Reschedule(Schedule(on: today), "Postponed", today);
        Assert.Equal(today, visit.Date);
        Assert.Equal(1, visit.RescheduleCount);
        Assert.Equal(2, visit.CalendarSequence);
    }
}
