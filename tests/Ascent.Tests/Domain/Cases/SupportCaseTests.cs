using Ascent.Web.Domain.Cases;

namespace Ascent.Tests.Domain.Cases;

public sealed class SupportCaseTests
{
    private static readonly DateTimeOffset Later = CaseWorld.OpenedAt.AddDays(5);

    [Fact]
    public void New_IsOpenWithTheReasonAndTheDayDeadlinesCountFrom()
    {
        var supportCase = CaseWorld.Case();

        Assert.Equal(CaseStatus.Open, supportCase.Status);
        Assert.True(supportCase.IsOpen);
        Assert.Equal(CaseWorld.StartedOn, supportCase.StartedOn);
        Assert.Equal(42, supportCase.TriggerEventId);
        Assert.Equal(1, supportCase.NextVisitNumber);
        Assert.Null(supportCase.AdviserId);
        Assert.Null(supportCase.ClosedAt);
    }

    [Fact]
    public void Confirm_AProposedCase_OpensItThen()
    {
        var supportCase = CaseWorld.Case(CaseStatus.Proposed);
        Assert.False(supportCase.IsOpen);

        supportCase.Confirm(Later);

        Assert.Equal(CaseStatus.Open, supportCase.Status);
        Assert.Equal(Later, supportCase.OpenedAt);
        Assert.Equal(1, supportCase.Version);
    }

    [Theory]
    [InlineData(CaseStatus.Open)]
    [InlineData(CaseStatus.Closed)]
    public void Confirm_ACaseNotProposed_IsRefused(CaseStatus status)
    {
        var supportCase = CaseWorld.Case(status);

        var error = Assert.Throws<InvalidOperationException>(() => supportCase.Confirm(Later));

        Assert.Equal("Only a proposed case can be confirmed.", error.Message);
        Assert.Equal(status, supportCase.Status);
        Assert.Equal(0, supportCase.Version);
    }

    [Fact]
    public void Allocate_NamesTheAdviser_AndMayNameAnother()
    {
        var supportCase = CaseWorld.Case();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        supportCase.Allocate(first, "Ada Adviser");
        supportCase.Allocate(second, "Ben Adviser");

        Assert.Equal(second, supportCase.AdviserId);
        Assert.Equal("Ben Adviser", supportCase.AdviserName);
        Assert.Equal(2, supportCase.Version);
    }

    [Fact]
    public void TakeVisitNumber_GivesEachNumberOnce()
    {
        var supportCase = CaseWorld.Case();

        Assert.Equal(1, supportCase.TakeVisitNumber());
        Assert.Equal(2, supportCase.TakeVisitNumber());
        Assert.Equal(3, supportCase.NextVisitNumber);
    }

    [Fact]
    public void Close_CancelsTheOpenTasks_AndLeavesFinishedOnesAlone()
    {
        var supportCase = CaseWorld.Case();
        var open = CaseWorld.Task(supportCase, "contact-setting");
        var done = CaseWorld.Task(supportCase, "read-report");
        done.Complete(CaseWorld.StartedOn.AddDays(1), CaseWorld.OpenedAt.AddDays(1), "Ada Adviser", "Read");

        supportCase.Close("The setting left the register", Later);

        Assert.Equal(CaseStatus.Closed, supportCase.Status);
        Assert.False(supportCase.IsOpen);
        Assert.Equal("The setting left the register", supportCase.ClosedReason);
        Assert.Equal(Later, supportCase.ClosedAt);
        Assert.Equal(CaseTaskState.Cancelled, open.State);
        Assert.Equal("The case closed: The setting left the register", open.Note);
        Assert.Equal(Later, open.CompletedAt);
        Assert.Equal(CaseTaskState.Done, done.State);
        Assert.Equal("Read", done.Note);
    }

    [Fact]
    public void Close_AProposedCase_ClosesIt()
    {
        var supportCase = CaseWorld.Case(CaseStatus.Proposed);

        supportCase.Close("Not taken on", Later);

        Assert.Equal(CaseStatus.Closed, supportCase.Status);
    }

    [Fact]
    public void Close_AClosedCase_KeepsTheFirstReason()
    {
        var supportCase = CaseWorld.Case();
        supportCase.Close("Inspected: good or better", Later);

        supportCase.Close("The setting left the register", Later.AddDays(1));

        Assert.Equal("Inspected: good or better", supportCase.ClosedReason);
        Assert.Equal(Later, supportCase.ClosedAt);
        Assert.Equal(1, supportCase.Version);
    }

    [Fact]
    public void Reopen_OpensTheCaseAndTheTasksItsClosingCancelled_Only()
    {
        var supportCase = CaseWorld.Case();
        var cancelledBefore = CaseWorld.Task(supportCase, "visit-1");
        cancelledBefore.Cancel("Cancelled by the setting: illness", CaseWorld.OpenedAt.AddDays(1), TaskOutcome.CancelledBySetting);
        var cancelledByClosing = CaseWorld.Task(supportCase, "contact-setting");
        supportCase.Close("The setting left the register", Later);

        supportCase.Reopen();

        Assert.Equal(CaseStatus.Open, supportCase.Status);
        Assert.Null(supportCase.ClosedReason);
        Assert.Null(supportCase.ClosedAt);
        Assert.Equal(CaseTaskState.Open, cancelledByClosing.State);
        Assert.Null(cancelledByClosing.Note);
        Assert.Null(cancelledByClosing.CompletedAt);
        Assert.Equal(CaseTaskState.Cancelled, cancelledBefore.State);
        Assert.Equal(TaskOutcome.CancelledBySetting, cancelledBefore.RecordedOutcome);
    }

    [Theory]
    [InlineData(CaseStatus.Open)]
    [InlineData(CaseStatus.Proposed)]
    public void Reopen_ACaseNotClosed_ChangesNothing(CaseStatus status)
    {
        var supportCase = CaseWorld.Case(status);

        supportCase.Reopen();

        Assert.Equal(status, supportCase.Status);
        Assert.Equal(0, supportCase.Version);
    }
}
