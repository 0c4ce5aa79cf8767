using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Improvement;

/// Each move of a goal's status: not started, in progress, achieved, dropped, and back again.
public sealed class GoalStatusTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);

    private static PlanGoal NewGoal()
    {
        var goal = new PlanGoal(Acorn, GoalSource.Own, "Olu Owner", DateTimeOffset.UnixEpoch);
        goal.Describe("Outdoor play every day", null, null, null, GoalPriority.Medium, null, null);
        return goal;
    }

    [Fact]
    public void ANewGoal_IsNotStartedAndOpen()
    {
        var goal = NewGoal();
        Assert.Equal(GoalStatus.NotStarted, goal.Status);
        Assert.True(goal.IsOpen);
        Assert.Null(goal.ClosedOn);
    }

    [Theory]
    [InlineData(GoalStatus.NotStarted, GoalStatus.InProgress)]
    [InlineData(GoalStatus.InProgress, GoalStatus.NotStarted)]
    public void MovingBetweenOpenStatuses_LeavesItOpen(GoalStatus from, GoalStatus to)
    {
        var goal = NewGoal();
        goal.ChangeStatus(from, null, Today);

        goal.ChangeStatus(to, null, Today);

        Assert.Equal(to, goal.Status);
        Assert.True(goal.IsOpen);
        Assert.Null(goal.ClosedOn);
    }

    [Fact]
    public void Achieving_ClosesOnTheDay_AndADroppedReasonIsNotKept()
    {
        var goal = NewGoal();

        goal.ChangeStatus(GoalStatus.Achieved, "Not wanted", Today);

        Assert.False(goal.IsOpen);
        Assert.Equal(Today, goal.ClosedOn);
        Assert.Null(goal.DroppedReason);
    }

    [Fact]
    public void MovingFromAchievedToDropped_KeepsTheDayItClosed()
    {
        var goal = NewGoal();
        goal.ChangeStatus(GoalStatus.Achieved, null, Today);

        goal.ChangeStatus(GoalStatus.Dropped, "Merged into another goal", Today.AddDays(3));

        Assert.Equal(Today, goal.ClosedOn);
        Assert.Equal("Merged into another goal", goal.DroppedReason);
    }

    [Fact]
    public void AStatusThatDoesNotExist_OrAReasonTooLong_IsRefused()
    {
        var goal = NewGoal();
        var version = goal.Version;

        Assert.Throws<ArgumentOutOfRangeException>(() => goal.ChangeStatus((GoalStatus)99, null, Today));
        Assert.ThrowsAny<ArgumentException>(() => goal.ChangeStatus(GoalStatus.Dropped, new string('a', PlanGoal.DroppedReasonMaxLength + 1), Today));

        Assert.Equal(GoalStatus.NotStarted, goal.Status);
        Assert.Equal(version, goal.Version);
    }

    [Fact]
    public void AProgressNote_OnAGoalInProgressOrClosed_LeavesItsStatus()
    {
        var goal = NewGoal();
        goal.ChangeStatus(GoalStatus.Achieved, null, Today);
        var version = goal.Version;

        goal.AddNote(GoalNoteKind.Progress, "Still going well", "Olu Owner", DateTimeOffset.UnixEpoch);

        Assert.Equal(GoalStatus.Achieved, goal.Status);
        Assert.Equal(version, goal.Version);
    }

    [Fact]
    public void ANoteTooLong_OrBlank_IsRefused()
    {
        var goal = NewGoal();
        Assert.ThrowsAny<ArgumentException>(() => goal.AddNote(GoalNoteKind.Progress, new string('a', GoalNote.TextMaxLength + 1), "Olu Owner", DateTimeOffset.UnixEpoch));
        Assert.ThrowsAny<ArgumentException>(() => goal.AddNote(GoalNoteKind.Progress, " ", "Olu Owner", DateTimeOffset.UnixEpoch));
        Assert.Empty(goal.Notes);
        Assert.Equal(GoalStatus.NotStarted, goal.Status);
    }

    [Fact]
    public void AnImpactAnswerTooLong_IsRefused()
    {
        var goal = NewGoal();
        goal.ChangeStatus(GoalStatus.Achieved, null, Today);
        Assert.ThrowsAny<ArgumentException>(() => goal.ReviewImpact(new string('a', PlanGoal.ImpactMaxLength + 1), null, null));
        Assert.Null(goal.ImpactDifference);
    }
}
