using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Improvement;

public sealed class PlanGoalTests
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
    public void AProgressNote_StartsAGoalNotYetStarted_AnAdvisersCommentDoesNot()
    {
        var goal = NewGoal();
        goal.AddNote(GoalNoteKind.AdviserComment, "Have you looked at the garden layout?", "Ada Adviser", DateTimeOffset.UnixEpoch);
        Assert.Equal(GoalStatus.NotStarted, goal.Status);
        var version = goal.Version;

        goal.AddNote(GoalNoteKind.Progress, "New waterproofs bought", "Olu Owner", DateTimeOffset.UnixEpoch);

        Assert.Equal(GoalStatus.InProgress, goal.Status);
        Assert.True(goal.Version > version);
        Assert.Equal(2, goal.Notes.Count);
    }

    [Fact]
    public void Dropping_NeedsAReason_AndClosesTheGoalOnTheDay()
    {
        var goal = NewGoal();
        Assert.Throws<InvalidOperationException>(() => goal.ChangeStatus(GoalStatus.Dropped, " ", Today));

        goal.ChangeStatus(GoalStatus.Dropped, "The garden is being rebuilt", Today);

        Assert.False(goal.IsOpen);
        Assert.Equal(Today, goal.ClosedOn);
        Assert.Equal("The garden is being rebuilt", goal.DroppedReason);
        goal.ChangeStatus(GoalStatus.InProgress, null, Today.AddDays(1));
        Assert.Null(goal.ClosedOn);
        Assert.Null(goal.DroppedReason);
    }

    [Fact]
    public void TheImpactReview_IsForAClosedGoalOnly()
    {
        var goal = NewGoal();
        Assert.Throws<InvalidOperationException>(() => goal.ReviewImpact("More time outside", null, null));
        goal.ChangeStatus(GoalStatus.Achieved, null, Today);

        goal.ReviewImpact("More time outside", "The two-year-olds", "Daily log");

        Assert.Equal(("More time outside", "The two-year-olds", "Daily log"), (goal.ImpactDifference, goal.ImpactChildren, goal.ImpactEvidence));
    }

    [Fact]
    public void NextDate_IsTheEarliestOpenStepsDate_ElseTheGoalsOwn()
    {
        var goal = NewGoal();
        goal.Describe("Outdoor play every day", null, null, null, GoalPriority.Medium, null, Today.AddDays(60));
        goal.PlanSteps([new("Buy waterproofs", "Mo", Today.AddDays(5), true), new("Rota", "Mo", Today.AddDays(20), false), new("Review", null, null, false)]);
        Assert.Equal(Today.AddDays(20), goal.NextDate);
        goal.PlanSteps([new("Review", null, null, false)]);
        Assert.Equal(Today.AddDays(60), goal.NextDate);
    }

    [Fact]
    public void AnAreaWithoutAFramework_IsNotKept()
    {
        var goal = NewGoal();
        goal.Describe("Outdoor play every day", null, null, "inclusion", GoalPriority.Low, null, null);
        Assert.Null(goal.AreaCode);
        goal.Describe("Outdoor play every day", null, "ofsted-renewed-2025", "inclusion", GoalPriority.Low, null, null);
        Assert.Equal(("ofsted-renewed-2025", "inclusion"), (goal.FrameworkCode, goal.AreaCode));
    }
}
