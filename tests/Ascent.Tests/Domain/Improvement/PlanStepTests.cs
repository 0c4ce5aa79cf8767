using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Improvement;

/// The goal edits its own steps: add, change, complete, reopen, remove and reorder, each a new version of the goal.
public sealed class PlanStepTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);

    private static PlanGoal NewGoal(params string[] steps)
    {
        var goal = new PlanGoal(Acorn, GoalSource.Own, "Olu Owner", DateTimeOffset.UnixEpoch);
        goal.Describe("Outdoor play every day", null, null, null, GoalPriority.Medium, null, null);
        goal.PlanSteps(steps.Select(s => new PlannedStep(s, null, null, false)));
        return goal;
    }

    private static string[] InOrder(PlanGoal goal) => [.. goal.Steps.OrderBy(s => s.Position).Select(s => s.Text)];

    [Fact]
    public void AddStep_PutsItLast_TrimmedAndOpen_AndMovesTheVersionOn()
    {
        var goal = NewGoal("Buy waterproofs");
        var version = goal.Version;

        var step = goal.AddStep("  Write a rota ", " Mo Manager ", Today.AddDays(7));

        Assert.Equal(["Buy waterproofs", "Write a rota"], InOrder(goal));
        Assert.Equal(("Write a rota", "Mo Manager", Today.AddDays(7), false), (step.Text, step.Owner, step.DueOn, step.Done));
        Assert.Equal(version + 1, goal.Version);
    }

    [Fact]
    public void AddStep_WithoutText_OrTooLong_IsRefused()
    {
        var goal = NewGoal();
        Assert.ThrowsAny<ArgumentException>(() => goal.AddStep(" ", null, null));
        Assert.ThrowsAny<ArgumentException>(() => goal.AddStep(new string('a', PlanStep.TextMaxLength + 1), null, null));
        Assert.ThrowsAny<ArgumentException>(() => goal.AddStep("Rota", new string('a', PlanStep.OwnerMaxLength + 1), null));
        Assert.Empty(goal.Steps);
        goal.AddStep(new string('a', PlanStep.TextMaxLength), new string('b', PlanStep.OwnerMaxLength), null);
        Assert.Single(goal.Steps);
    }

    [Fact]
    public void ChangeStep_RewritesWhatWhoAndWhen_AndABlankOwnerIsNone()
    {
        var goal = NewGoal("Buy waterproofs");
        var step = goal.Steps.Single();

        goal.ChangeStep(step, "Buy waterproofs for the two-year-olds", " ", Today);

        Assert.Equal(("Buy waterproofs for the two-year-olds", null, Today), (step.Text, step.Owner, step.DueOn));
        Assert.ThrowsAny<ArgumentException>(() => goal.ChangeStep(step, "", null, null));
    }

    [Fact]
    public void CompleteStep_AndReopenStep_MoveTheStep_NotTheGoal()
    {
        var goal = NewGoal("Buy waterproofs");
        var step = goal.Steps.Single();

        goal.CompleteStep(step);
        Assert.True(step.Done);
        Assert.Equal(GoalStatus.NotStarted, goal.Status);

        goal.ReopenStep(step);
        Assert.False(step.Done);
    }

    [Fact]
    public void ACompletedStep_NoLongerSetsTheNextDate()
    {
        var goal = NewGoal();
        var soon = goal.AddStep("Buy waterproofs", "Mo", Today.AddDays(5));
        goal.AddStep("Write a rota", "Mo", Today.AddDays(20));
        Assert.Equal(Today.AddDays(5), goal.NextDate);

        goal.CompleteStep(soon);

        Assert.Equal(Today.AddDays(20), goal.NextDate);
    }

    [Fact]
    public void RemoveStep_ClosesUpTheOrder()
    {
        var goal = NewGoal("First", "Second", "Third");

        goal.RemoveStep(goal.Steps.Single(s => s.Text == "Second"));

        Assert.Equal(["First", "Third"], InOrder(goal));
        Assert.Equal([0, 1], goal.Steps.OrderBy(s => s.Position).Select(s => s.Position));
    }

    [Fact]
    public void MoveStep_PutsItInItsNewPlace_AndKeepsTheOthersInOrder()
    {
        var goal = NewGoal("First", "Second", "Third");

        goal.MoveStep(goal.Steps.Single(s => s.Text == "Third"), 0);
        Assert.Equal(["Third", "First", "Second"], InOrder(goal));

        goal.MoveStep(goal.Steps.Single(s => s.Text == "Third"), 2);
        Assert.Equal(["First", "Second", "Third"], InOrder(goal));
        Assert.Throws<ArgumentOutOfRangeException>(() => goal.MoveStep(goal.Steps[0], 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => goal.MoveStep(goal.Steps[0], -1));
    }

    [Fact]
    public void AnotherGoalsStep_IsRefused()
    {
        var goal = NewGoal("Ours");
        var other = NewGoal("Theirs");
        var theirs = other.Steps.Single();

        Assert.Throws<InvalidOperationException>(() => goal.CompleteStep(theirs));
        Assert.Throws<InvalidOperationException>(() => goal.RemoveStep(theirs));
        Assert.Throws<InvalidOperationException>(() => goal.ChangeStep(theirs, "Mine now", null, null));
        Assert.Throws<InvalidOperationException>(() => goal.MoveStep(theirs, 0));
        Assert.False(theirs.Done);
        Assert.Single(other.Steps);
    }

    [Fact]
    public void PlanSteps_ReplacesThemAll_InTheOrderGiven()
    {
        var goal = NewGoal("Old one", "Old two");

        goal.PlanSteps([new("New one", " Mo ", Today, true), new("New two", null, null, false)]);

        Assert.Equal(["New one", "New two"], InOrder(goal));
        Assert.Equal(("Mo", true), (goal.Steps[0].Owner, goal.Steps[0].Done));
    }
}
