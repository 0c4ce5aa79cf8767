using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Improvement;

public sealed class SmartCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);

    private static PlanGoal Goal(string? measure, DateOnly? byWhen, params (string Text, string? Owner, DateOnly? Due, bool Done)[] steps)
    {
        var goal = new PlanGoal(Acorn, GoalSource.Own, "Olu Owner", DateTimeOffset.UnixEpoch);
        goal.Describe("Every member of staff has termly supervision", null, null, null, GoalPriority.High, measure, byWhen);
        goal.PlanSteps(steps.Select(s => new PlannedStep(s.Text, s.Owner, s.Due, s.Done)));
        return goal;
    }

    [Fact]
    public void Flags_AGoalWithAMeasureADateAndAnOwner_HasNone() =>
        Assert.Empty(Goal("Supervision records for all 12 staff", Today.AddDays(30), ("Write a schedule", "Mo Manager", Today.AddDays(7), false)).Flags(Today));

    [Fact]
    public void Flags_ABareGoal_LacksAMeasureADateAndAnOwner() =>
        Assert.Equal([SmartWarning.NoMeasure, SmartWarning.NoDate, SmartWarning.NoOwner], Goal(null, null).Flags(Today));

    [Fact]
    public void Flags_StepsWithoutOwners_DoNotCountAsSomeoneResponsible() =>
        Assert.Contains(SmartWarning.NoOwner, Goal("Measure", Today, ("Write a schedule", null, null, false)).Flags(Today));

    [Fact]
    public void Flags_AGoalWhoseDateHasPassed_IsFlagged_ButNotOnTheDayItself()
    {
        Assert.Contains(SmartWarning.DatePassed, Goal("Measure", Today.AddDays(-1), ("Step", "Mo", null, false)).Flags(Today));
        Assert.DoesNotContain(SmartWarning.DatePassed, Goal("Measure", Today, ("Step", "Mo", null, false)).Flags(Today));
    }

    [Fact]
    public void Flags_AnOpenStepPastItsDate_IsFlagged_ADoneOneIsNot()
    {
        Assert.Contains(SmartWarning.DatePassed, Goal("Measure", Today.AddDays(30), ("Step", "Mo", Today.AddDays(-1), false)).Flags(Today));
        Assert.Empty(Goal("Measure", Today.AddDays(30), ("Step", "Mo", Today.AddDays(-1), true)).Flags(Today));
    }

    [Fact]
    public void Flags_AClosedGoal_HasNone()
    {
        var goal = Goal(null, Today.AddDays(-10));
        goal.ChangeStatus(GoalStatus.Achieved, null, Today);
        Assert.Empty(goal.Flags(Today));
    }
}
