using Ascent.Web.Domain.Partnerships;

namespace Ascent.Tests.Domain.Partnerships;

public sealed class MeetingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Meeting Plan(DateOnly date)
    {
        var partnership = new Partnership(1, 1, "Riverside network", null, "Ada", Now);
        var series = new MeetingSeries(partnership, "Termly network meeting", MeetingFrequency.Termly, "Ada", Now);
        return Meeting.Plan(series, new MeetingTimes(date, new TimeOnly(10, 0), new TimeOnly(12, 0)), MeetingPlace.InPerson("The hall", null), "Ada");
    }

    [Fact]
    public void Invite_WhenTheMeetingIsInThePast_IsRefused()
    {
        var meeting = Plan(Today.AddDays(-1));
        var refused = Assert.Throws<InvalidOperationException>(() => meeting.Invite(Today, Now));
        Assert.Equal("A meeting in the past cannot be invited.", refused.Message);
        Assert.False(meeting.IsInvited);
    }

    [Fact]
    public void Reschedule_AfterInvitations_RaisesTheSequence_AndCancelRaisesItAgain()
    {
        var meeting = Plan(Today.AddDays(7));
        var uid = meeting.CalendarUid;
        Assert.False(meeting.Reschedule(new MeetingTimes(Today.AddDays(7), new TimeOnly(10, 0), new TimeOnly(12, 0)), MeetingPlace.InPerson("The hall", null)));
        meeting.Invite(Today, Now);
        Assert.True(meeting.Reschedule(new MeetingTimes(Today.AddDays(8), new TimeOnly(10, 0), new TimeOnly(12, 0)), MeetingPlace.Online("https://meet.example/n")));
        Assert.Equal(1, meeting.CalendarSequence);
        meeting.Cancel();
        Assert.Equal((2, MeetingStatus.Cancelled, uid), (meeting.CalendarSequence, meeting.Status, meeting.CalendarUid));
    }

    [Fact]
    public void RecordAttendance_BeforeTheDay_IsRefused_AndOnTheDayHoldsTheMeeting()
    {
        AttendanceMark[] marks = [new(1, 10, "Acorn", AttendanceStatus.Present), new(2, null, "School", AttendanceStatus.Apologies)];
        Assert.Throws<InvalidOperationException>(() => Plan(Today.AddDays(1)).RecordAttendance(marks, null, "Ada", Today));
        var meeting = Plan(Today);
        Assert.True(meeting.RecordAttendance(marks, "Ada Admin", "Ada", Today));
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.False(meeting.RecordAttendance(marks, "Ada Admin", "Ada", Today));
    }

    [Fact]
    public void Agenda_AcceptedItemsAreOrdered_AndMoveSwapsThem()
    {
        var meeting = Plan(Today.AddDays(7));
        var first = meeting.ProposeItem("First", null, "Ada", null, Now);
        var second = meeting.ProposeItem("Second", null, "Jo", 10, Now);
        // Ids come from the database; in memory they are set by hand.
        typeof(MeetingAgendaItem).GetProperty(nameof(MeetingAgendaItem.Id))!.SetValue(first, 1);
        typeof(MeetingAgendaItem).GetProperty(nameof(MeetingAgendaItem.Id))!.SetValue(second, 2);
        meeting.Decide(1, accept: true);
        meeting.Decide(2, accept: true);
        Assert.True(meeting.Move(2, up: true));
        Assert.Equal(["Second", "First"], meeting.AcceptedAgenda.Select(i => i.Title));
        Assert.False(meeting.Move(2, up: true));
    }

    [Fact]
    public void WriteMinutes_RaisesActions_ThatAreMarkedDoneOnce()
    {
        var meeting = Plan(Today);
        Assert.True(meeting.WriteMinutes("Discussed", ["Decision one", " ", "Decision two"], [new NewAction("Book the room", "Ada", Today.AddDays(7))], "Ada", Today));
        Assert.Equal(["Decision one", "Decision two"], meeting.DecisionList);
        var action = Assert.Single(meeting.Actions);
        action.MarkDone("Ada", Today);
        Assert.Throws<InvalidOperationException>(() => action.MarkDone("Ada", Today));
    }
}
