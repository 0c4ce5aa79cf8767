using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;

namespace Ascent.Tests.Domain.Cases;

public sealed class CaseTaskTests
{
    private static readonly DateOnly DoneOn = CaseWorld.StartedOn.AddDays(3);
    private static readonly DateTimeOffset DoneAt = CaseWorld.OpenedAt.AddDays(3);

    [Fact]
    public void New_IsOpen_OwnedByItsRole()
    {
        var supportCase = CaseWorld.Case();
        var task = CaseWorld.Task(supportCase);

        Assert.Equal(CaseTaskState.Open, task.State);
        Assert.Equal(Roles.ImprovementAdviser, task.OwnerRole);
        Assert.Null(task.OwnerId);
        Assert.Equal(supportCase.TenantId, task.TenantId);
        Assert.Null(task.RecordedOutcome);
    }

    [Fact]
    public void AssignTo_NamesThePerson()
    {
        var task = CaseWorld.Task(CaseWorld.Case());
        var adviser = Guid.NewGuid();

        task.AssignTo(adviser, "Ada Adviser");

        Assert.Equal(adviser, task.OwnerId);
        Assert.Equal("Ada Adviser", task.OwnerName);
        Assert.Equal(CaseTaskState.Open, task.State);
    }

    [Fact]
    public void Complete_WithoutAnOutcome_RecordsWhoWhenAndTheTrimmedNote()
    {
        var task = CaseWorld.Task(CaseWorld.Case());

        task.Complete(DoneOn, DoneAt, "Ada Adviser", "  Phoned the manager  ");

        Assert.Equal(CaseTaskState.Done, task.State);
        Assert.Equal(DoneOn, task.CompletedOn);
        Assert.Equal(DoneAt, task.CompletedAt);
        Assert.Equal("Ada Adviser", task.CompletedBy);
        Assert.Equal("Phoned the manager", task.Note);
        Assert.Null(task.Outcome);
        Assert.Equal(1, task.Version);
    }

    [Theory]
    [InlineData(TaskOutcome.Sufficient, "sufficient")]
    [InlineData(TaskOutcome.Insufficient, "insufficient")]
    [InlineData(TaskOutcome.CancelledBySetting, "cancelled-by-setting")]
    public void Complete_WithEachOutcome_StoresItsCode(TaskOutcome outcome, string stored)
    {
        var task = CaseWorld.Task(CaseWorld.Case(), "visit-1");

        task.Complete(DoneOn, DoneAt, "Ada Adviser", null, outcome);

        Assert.Equal(stored, task.Outcome);
        Assert.Equal(outcome, task.RecordedOutcome);
        Assert.Null(task.Note);
    }

    [Fact]
    public void Complete_ATaskDone_IsRefused()
    {
        var task = CaseWorld.Task(CaseWorld.Case());
        task.Complete(DoneOn, DoneAt, "Ada Adviser", "First");

        var error = Assert.Throws<InvalidOperationException>(() => task.Complete(DoneOn, DoneAt, "Ben Adviser", "Second"));

        Assert.Equal("This task is no longer open.", error.Message);
        Assert.Equal("First", task.Note);
        Assert.Equal("Ada Adviser", task.CompletedBy);
    }

    [Fact]
    public void Complete_ATaskCancelled_IsRefused()
    {
        var task = CaseWorld.Task(CaseWorld.Case());
        task.Cancel("No longer needed", DoneAt);

        Assert.Throws<InvalidOperationException>(() => task.Complete(DoneOn, DoneAt, "Ada Adviser", null));
        Assert.Equal(CaseTaskState.Cancelled, task.State);
    }

    [Fact]
    public void Complete_ATaskDueBeforeAscent_IsRefused()
    {
        var task = CaseWorld.Task(CaseWorld.Case());
        task.MarkBeforeAscent(DoneAt);

        Assert.Throws<InvalidOperationException>(() => task.Complete(DoneOn, DoneAt, "Ada Adviser", null));
        Assert.Equal(CaseTaskState.BeforeAscent, task.State);
    }

    [Theory]
    [InlineData(TaskOutcome.Sufficient)]
    [InlineData(TaskOutcome.Insufficient)]
    public void RecordOutcome_AVisitsProgress_AfterItWasDone(TaskOutcome progress)
    {
        var task = CaseWorld.Task(CaseWorld.Case(), "visit-2");
        task.Complete(DoneOn, DoneAt, "Ada Adviser", "Visit held");

        task.RecordOutcome(progress);

        Assert.Equal(progress, task.RecordedOutcome);
        Assert.Equal(CaseTaskState.Done, task.State);
    }

    [Fact]
    public void RecordOutcome_ThatIsNotProgress_IsRefused()
    {
        var task = CaseWorld.Task(CaseWorld.Case(), "visit-2");

        Assert.Throws<ArgumentOutOfRangeException>(() => task.RecordOutcome(TaskOutcome.CancelledBySetting));
        Assert.Null(task.Outcome);
    }

    [Fact]
    public void Cancel_AnOpenTask_KeepsTheReasonAndTheOutcome()
    {
        var task = CaseWorld.Task(CaseWorld.Case(), "visit-1");

        task.Cancel("Cancelled by the setting: illness", DoneAt, TaskOutcome.CancelledBySetting);

        Assert.Equal(CaseTaskState.Cancelled, task.State);
        Assert.Equal("Cancelled by the setting: illness", task.Note);
        Assert.Equal(DoneAt, task.CompletedAt);
        Assert.Null(task.CompletedOn);
        Assert.Equal("cancelled-by-setting", task.Outcome);
    }

    [Fact]
    public void Cancel_WithoutAnOutcome_KeepsTheOneRecorded()
    {
        var task = CaseWorld.Task(CaseWorld.Case(), "visit-1");
        task.RecordOutcome(TaskOutcome.Sufficient);

        task.Cancel("The case closed", DoneAt);

        Assert.Equal(TaskOutcome.Sufficient, task.RecordedOutcome);
    }

    [Fact]
    public void Cancel_ATaskDone_ChangesNothing()
    {
        var task = CaseWorld.Task(CaseWorld.Case());
        task.Complete(DoneOn, DoneAt, "Ada Adviser", "Done");

        task.Cancel("The case closed", DoneAt.AddDays(1), TaskOutcome.CancelledBySetting);

        Assert.Equal(CaseTaskState.Done, task.State);
        Assert.Equal("Done", task.Note);
        Assert.Null(task.Outcome);
        Assert.Equal(1, task.Version);
    }

    [Fact]
    public void MarkBeforeAscent_RecordsTheStepAsDueBeforeAscent()
    {
        var task = CaseWorld.Task(CaseWorld.Case());

        task.MarkBeforeAscent(DoneAt);

        Assert.Equal(CaseTaskState.BeforeAscent, task.State);
        Assert.Equal("Due before this case was brought into Ascent", task.Note);
        Assert.False(task.IsOverdue(task.DueOn.AddDays(30)));
    }

    [Fact]
    public void IsOverdue_OnlyWhileOpenAndPastItsDueDay()
    {
        var task = CaseWorld.Task(CaseWorld.Case(), dueInDays: 10);

        Assert.False(task.IsOverdue(task.DueOn));
        Assert.True(task.IsOverdue(task.DueOn.AddDays(1)));
        task.Complete(task.DueOn.AddDays(1), DoneAt, "Ada Adviser", null);
        Assert.False(task.IsOverdue(task.DueOn.AddDays(2)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, true)]
    [InlineData(1, false)]
    public void WasOnTime_WhenDoneOnOrBeforeItsDueDay(int daysAfterDue, bool onTime)
    {
        var task = CaseWorld.Task(CaseWorld.Case());

        task.Complete(task.DueOn.AddDays(daysAfterDue), DoneAt, "Ada Adviser", null);

        Assert.Equal(onTime, task.WasOnTime);
    }

    [Fact]
    public void WasOnTime_NeverForACancelledTask()
    {
        var task = CaseWorld.Task(CaseWorld.Case());

        task.Cancel("The case closed", DoneAt);

        Assert.False(task.WasOnTime);
    }
}
