using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;

namespace Ascent.Tests.Domain.Complaints;

/// A compliment or complaint's deadlines are working days from the day received (bank holidays skipped), its steps
/// come in order (no answer before the acknowledgement, nothing after the answer but learning), a complaint about an
/// officer waits to be shared while a compliment is shared at once.
public sealed class ComplaintTests
{
    // Christmas 2026: Friday 25 and Monday 28 December are bank holidays.
    private static readonly WorkingDays Days = new(new HashSet<DateOnly> { new(2026, 12, 25), new(2026, 12, 28) });
    private static readonly DateOnly Received = new(2026, 12, 23);
    private static readonly DateTimeOffset At = new(2026, 12, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();

    [Fact]
    public void Deadlines_AreWorkingDaysFromTheDayReceived_SkippingBankHolidays()
    {
        var complaint = Make(ComplaintKind.Complaint);

        // Thursday 24 is the first; 25 and 28 are holidays, 26 and 27 the weekend; Tuesday 29 the second.
        Assert.Equal(new DateOnly(2026, 12, 30), complaint.AcknowledgeBy);
        Assert.Equal(new DateOnly(2027, 1, 22), complaint.AnswerBy);
        Assert.Equal(Manager, complaint.ManagerId);
    }

    [Fact]
    public void Steps_ComeInOrder_AndNothingButLearningFollowsTheAnswer()
    {
        var complaint = Make(ComplaintKind.Complaint);
        var today = new DateOnly(2027, 1, 8);

        Assert.Throws<InvalidOperationException>(() => complaint.Answer(today, today, "Sorry.", ComplaintOutcome.Upheld, null, "Pat"));
        Assert.Throws<InvalidOperationException>(() => complaint.Acknowledge(Received.AddDays(-1), today, "Pat"));
        Assert.Throws<InvalidOperationException>(() => complaint.Acknowledge(today.AddDays(1), today, "Pat"));
        complaint.Acknowledge(new DateOnly(2026, 12, 30), today, "Pat");
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
        Assert.True(complaint.AcknowledgedInTime);
        Assert.Throws<InvalidOperationException>(() => complaint.Acknowledge(today, today, "Pat"));
        Assert.Throws<InvalidOperationException>(() => complaint.Answer(today, today, "Thanks.", ComplaintOutcome.Thanked, null, "Pat"));
        Assert.Throws<InvalidOperationException>(() => complaint.Answer(new DateOnly(2026, 12, 29), today, "Sorry.", ComplaintOutcome.Upheld, null, "Pat"));

        var version = complaint.Version;
        complaint.Answer(today, today, "We are sorry.", ComplaintOutcome.PartlyUpheld, "Visits", "Pat");
        Assert.Equal(ComplaintStatus.Answered, complaint.Status);
        Assert.True(complaint.AnsweredInTime);
        Assert.True(complaint.Version > version);
        Assert.Throws<InvalidOperationException>(() => complaint.Answer(today, today, "Again.", ComplaintOutcome.Upheld, null, "Pat"));
        complaint.RecordLearning("Offer a new date the same day.");
        Assert.Equal("Offer a new date the same day.", complaint.Learning);
    }

    [Fact]
    public void AnAnswerAfterItsDeadline_IsLate()
    {
        var complaint = Make(ComplaintKind.Complaint);
        var late = new DateOnly(2027, 1, 26);
        complaint.Acknowledge(new DateOnly(2026, 12, 31), late, "Pat");
        complaint.Answer(late, late, "Sorry for the wait.", ComplaintOutcome.NotUpheld, null, "Pat");

        Assert.False(complaint.AcknowledgedInTime);
        Assert.False(complaint.AnsweredInTime);
    }

    [Fact]
    public void AComplaintAboutAnOfficer_WaitsToBeShared_ACompliment_IsSharedAtOnce()
    {
        var complaint = Make(ComplaintKind.Complaint);
        var compliment = Make(ComplaintKind.Compliment);

        Assert.False(complaint.IsShared);
        Assert.True(compliment.IsShared);
        complaint.ShareWithOfficer(At, "Pat");
        Assert.True(complaint.IsShared);
        Assert.Throws<InvalidOperationException>(() => complaint.ShareWithOfficer(At, "Pat"));
    }

    [Fact]
    public void OneIsAboutAnOfficerOrAService_AndDidNotHappenAfterItWasReceived()
    {
        var team = new ComplaintTeam(1, "Improvement and Standards", Manager);
        Assert.Throws<InvalidOperationException>(() => new Complaint(1, 2, team,
            new ComplaintDetails(ComplaintKind.Complaint, Officer, "Hannah", null, "Visits", Received, "What.", null, "Jo", null), Guid.NewGuid(), "Jo", Received, At, Days));
        Assert.Throws<InvalidOperationException>(() => new Complaint(1, 2, team,
            new ComplaintDetails(ComplaintKind.Complaint, null, null, null, "Visits", Received.AddDays(1), "What.", null, "Jo", null), Guid.NewGuid(), "Jo", Received, At, Days));
        Assert.Throws<InvalidOperationException>(() => new ComplaintTeam(1, "Team", Manager, 10, 5));
    }

    private static Complaint Make(ComplaintKind kind) =>
        new(1, 2, new ComplaintTeam(1, "Improvement and Standards", Manager),
            new ComplaintDetails(kind, Officer, "Hannah O'Connor", null, null, Received.AddDays(-1), "The visit was cancelled.", "A new date.", "Jo Clarke", "jo@example.test"),
            Guid.NewGuid(), "Jo Clarke", Received, At, Days);
}
