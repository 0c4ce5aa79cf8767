using Ascent.Web.Domain.Improvement;

namespace Ascent.Tests.Domain.Improvement;

public sealed class GoalMergeTests
{
    private static readonly GoalSnapshot Started = new() { Outcome = "Outdoor play daily", Issue = "Rain", SuccessMeasure = null, Priority = GoalPriority.Medium };

    [Fact]
    public void WhatOnlyOneSideChanged_IsTakenFromThatSide()
    {
        var saved = Started with { SuccessMeasure = "Logged daily" };
        var mine = Started with { Outcome = "Outdoor play every morning" };

        var merge = GoalMerge.Of(Started, saved, mine, GoalMerge.FormFields);

        Assert.Equal([GoalField.SuccessMeasure], merge.TakenFromSaved);
        Assert.Empty(merge.Conflicts);
        Assert.Equal(("Outdoor play every morning", "Logged daily"), (merge.Merged.Outcome, merge.Merged.SuccessMeasure));
    }

    [Fact]
    public void BothChangingOneFieldDifferently_IsAConflict_AndTheFormKeepsMine()
    {
        var saved = Started with { Steps = [new StepSnapshot("Buy waterproofs", "Pat", null, false)] };
        var mine = Started with { Steps = [new StepSnapshot("Borrow waterproofs", null, null, false)], Priority = GoalPriority.High };

        var merge = GoalMerge.Of(Started, saved, mine, GoalMerge.FormFields);

        Assert.Equal([GoalField.Steps], merge.Conflicts);
        Assert.Equal("Borrow waterproofs", merge.Merged.Steps.Single().Text);
        Assert.Equal(GoalPriority.High, merge.Merged.Priority);
    }

    [Fact]
    public void BothMakingTheSameChange_IsNoConflict()
    {
        var same = Started with { ByWhen = new DateOnly(2027, 3, 31) };

        var merge = GoalMerge.Of(Started, same, same with { }, GoalMerge.FormFields);

        Assert.Empty(merge.Conflicts);
        Assert.Empty(merge.TakenFromSaved);
    }

    [Fact]
    public void WithoutTheVersionStartedFrom_EveryDifferenceIsAConflict()
    {
        var merge = GoalMerge.Of(null, Started with { Issue = "Cold" }, Started with { Outcome = "Outdoor play" }, GoalMerge.FormFields);

        Assert.Equal([GoalField.Outcome, GoalField.Issue], merge.Conflicts);
    }

    [Fact]
    public void StatusAndImpact_AreNotTheFormsToMerge()
    {
        var saved = Started with { Status = GoalStatus.Achieved };

        var merge = GoalMerge.Of(Started, saved, Started, GoalMerge.FormFields);

        Assert.Empty(merge.TakenFromSaved);
        Assert.Empty(merge.Conflicts);
    }
}
