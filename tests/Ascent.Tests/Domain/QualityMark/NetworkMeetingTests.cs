using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// A network meeting's own rules, and a workshop attended meeting the portfolio's "attendance" requirement.
public sealed class NetworkMeetingTests
{
    private static readonly DateTimeOffset Planned = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly Requirement Workshop = new("workshop", "Attendance at a half-day re-accreditation workshop", RequirementKind.Attendance, 1, [], RequirementTiming.Any, false, false, null);

    private static readonly PortfolioPeriod Period = new(new DateOnly(2029, 7, 15), new DateOnly(2030, 7, 15));

    [Fact]
    public void Plan_RefusesADayAlreadyPast_AndAMeetingWithNobodyInvited()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Meeting(new DateOnly(2026, 11, 22)));
        Assert.Throws<ArgumentException>(() => NetworkMeeting.Plan(1, "quality-mark", MeetingPurpose.Network, "Spring network", new DateOnly(2026, 12, 1), new TimeOnly(10, 0), "Hall", null, [], "Nadia Brooks", Planned));
        var meeting = Meeting(new DateOnly(2026, 11, 23));
        Assert.Equal(2, meeting.Invitations.Count);
        Assert.True(meeting.HasHappened(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void RecordAttendance_WaitsForTheDay_RefusesSomeoneNotInvited_AndReplacesWhatWasRecorded()
    {
        var meeting = Meeting(new DateOnly(2026, 12, 1));
        var owner = Guid.NewGuid();
        Assert.Throws<InvalidOperationException>(() => meeting.RecordAttendance([], null, "Nadia Brooks", new DateOnly(2026, 11, 30)));
        Assert.Throws<ArgumentException>(() => meeting.RecordAttendance([new Attendee(99, owner, "Olu Owner")], null, "Nadia Brooks", new DateOnly(2026, 12, 1)));

        Assert.True(meeting.RecordAttendance([new Attendee(0, owner, "Olu Owner"), new Attendee(0, owner, "Olu Owner")], "We shared case studies.", "Nadia Brooks", new DateOnly(2026, 12, 1)));
        Assert.Equal(["Olu Owner"], meeting.Attendance.Select(a => a.Name));
        Assert.Equal((1, "We shared case studies."), (meeting.Version, meeting.Notes));
        Assert.False(meeting.RecordAttendance([new Attendee(0, owner, "Olu Owner")], "We shared case studies.", "Nadia Brooks", new DateOnly(2026, 12, 2)));
        Assert.True(meeting.RecordAttendance([], "Nobody came after all.", "Nadia Brooks", new DateOnly(2026, 12, 2)));
        Assert.Empty(meeting.Attendance);

        // Two people from one setting without accounts are two people, told apart by name.
        Assert.True(meeting.RecordAttendance([new Attendee(0, null, "Pat Visitor"), new Attendee(0, null, "Sam Helper")], null, "Nadia Brooks", new DateOnly(2026, 12, 2)));
        Assert.Equal(["Pat Visitor", "Sam Helper"], meeting.Attendance.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.True(meeting.RecordAttendance([new Attendee(0, null, "Sam Helper")], null, "Nadia Brooks", new DateOnly(2026, 12, 2)));
        Assert.Equal(["Sam Helper"], meeting.Attendance.Select(a => a.Name));
    }

    [Fact]
    public void AWorkshopAttendedInThePeriod_MeetsTheAttendanceRequirement_ANetworkMeetingDoesNot()
    {
        var none = PortfolioRules.Of(Workshop, [Workshop], Period, PortfolioEvidence.None, new DateOnly(2030, 1, 1));
        Assert.Equal((RequirementStatus.NotStarted, "For the evaluator to mark, with a note.", true), (none.Status, none.Summary, none.EvaluatorMarks));

        var network = PortfolioRules.Of(Workshop, [Workshop], Period, PortfolioEvidence.None with { Meetings = [new MeetingFact(4, "Spring network", new DateOnly(2030, 3, 3), false)] }, new DateOnly(2030, 4, 1));
        Assert.Equal(RequirementStatus.NotStarted, network.Status);
        Assert.Equal(["Spring network: attended on 3 March 2030 (a network meeting, not a workshop)"], network.Evidence.Select(e => e.Text));

        var evidence = PortfolioEvidence.None with
        {
            Meetings = [new MeetingFact(5, "Re-accreditation workshop", new DateOnly(2030, 3, 10), true), new MeetingFact(6, "Old workshop", new DateOnly(2027, 3, 10), true)],
        };
        var workshop = PortfolioRules.Of(Workshop, [Workshop], Period, evidence, new DateOnly(2030, 4, 1));
        Assert.Equal((RequirementStatus.Done, "1 of 1 workshop attended."), (workshop.Status, workshop.Summary));
        Assert.Equal([(EvidenceKind.Meeting, 5, true)], workshop.Evidence.Select(e => (e.Kind, e.Id, e.Counts)));
    }

    private static NetworkMeeting Meeting(DateOnly date) =>
        NetworkMeeting.Plan(1, "quality-mark", MeetingPurpose.Workshop, "Re-accreditation workshop", date, new TimeOnly(13, 30), "Oak Room, County Hall", "Introductions", [new Invitee(1, null, "Acorn Day Nursery"), new Invitee(null, Guid.NewGuid(), "Ruth Evans")], "Nadia Brooks", Planned);
}
