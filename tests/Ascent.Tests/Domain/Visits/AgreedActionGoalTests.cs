using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using static Ascent.Tests.Domain.Visits.VisitMaking;

namespace Ascent.Tests.Domain.Visits;

/// A setting's agreed action belongs to a real goal of its improvement plan: one already there, or one made from the
/// action when the note is issued; or to none.
public sealed class AgreedActionGoalTests
{
    private static readonly Framework Renewed = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory).Get("ofsted-renewed-2025");

    private static PlanGoal Goal(int id, string outcome = "Every member of staff has termly supervision", int settingId = 1)
    {
        var goal = new PlanGoal(Setting(settingId), GoalSource.Own, "Olu Owner", Now);
        goal.Describe(outcome, null, null, null, GoalPriority.Medium, null, null);
        return WithId(goal, id);
    }

    private static AgreedAction Act(VisitNote note, string text, VisitParty owner, ActionGoal goal)
    {
        note.SetActions([new ActionRow(null, new ActionTerms(text, owner, Today.AddDays(14), goal))]);
        return note.Actions[^1];
    }

    [Fact]
    public void ASettingsAction_IsLinkedToAnOpenGoalOfItsPlan_AndKeepsItsTitle()
    {
        var action = Act(Note(), "Write a supervision schedule", VisitParty.Setting, ActionGoal.Existing(Goal(5)));

        Assert.Equal(5, action.PlanGoalId);
        Assert.Equal("Every member of staff has termly supervision", action.PlanGoalTitle);
        Assert.False(action.MakesNewGoal);
        Assert.False(action.IsUnlinked);
    }

    [Fact]
    public void TheLocalAuthoritysAction_BelongsToNoGoal_WhateverIsChosen()
    {
        var note = Note();

        Assert.Null(Act(note, "Send the template", VisitParty.LocalAuthority, ActionGoal.Existing(Goal(5))).PlanGoalId);
        Assert.False(Act(note, "Send the policy", VisitParty.LocalAuthority, ActionGoal.New).MakesNewGoal);
    }

    [Fact]
    public void AGoalOfAnotherSetting_OrAClosedGoal_IsRefused()
    {
        var closed = Goal(6);
        closed.ChangeStatus(GoalStatus.Achieved, null, Today);

        Assert.Throws<InvalidOperationException>(() => Act(Note(), "Write it", VisitParty.Setting, ActionGoal.Existing(Goal(5, settingId: 2))));
        Assert.Throws<InvalidOperationException>(() => Act(Note(), "Write it", VisitParty.Setting, ActionGoal.Existing(closed)));
    }

    [Fact]
    public void ChangingTheChoice_ReplacesTheLink()
    {
        var note = Note();
        var action = WithId(Act(note, "Write a supervision schedule", VisitParty.Setting, ActionGoal.Existing(Goal(5))), 1);

        note.SetActions([new ActionRow(1, new ActionTerms("Write a supervision schedule", VisitParty.Setting, Today, ActionGoal.New))]);
        Assert.Equal((null, null, true), (action.PlanGoalId, action.PlanGoalTitle, action.MakesNewGoal));

        note.SetActions([new ActionRow(1, new ActionTerms("Write a supervision schedule", VisitParty.Setting, Today, ActionGoal.None))]);
        Assert.Equal((null, null, false), (action.PlanGoalId, action.PlanGoalTitle, action.MakesNewGoal));
    }

    [Fact]
    public void AnActionAskingForANewGoal_IsLinkedToTheGoalMadeFromIt_Once()
    {
        var note = Note();
        var action = Act(note, "Write a supervision schedule", VisitParty.Setting, ActionGoal.New);
        var goal = GoalsFromActions.FromAgreedAction(Setting(), action, Today, Renewed, "Ari Adviser", Now);

        action.LinkMadeGoal(goal);

        Assert.Same(goal, action.Goal);
        Assert.Equal("Write a supervision schedule", action.PlanGoalTitle);
        Assert.False(action.MakesNewGoal);
        Assert.Throws<InvalidOperationException>(() => action.LinkMadeGoal(goal));
    }

    [Fact]
    public void AnIssuedActionInNoGoal_IsLinkedAfterwardsToAGoalMadeFromIt_OthersAreNot()
    {
        var note = Note();
        note.SetActions(
        [
            new ActionRow(null, new ActionTerms("Rewrite the policy", VisitParty.Setting, Today, ActionGoal.None)),
            new ActionRow(null, new ActionTerms("Send the template", VisitParty.LocalAuthority, Today, ActionGoal.None)),
            new ActionRow(null, new ActionTerms("Plan the garden", VisitParty.Setting, Today, ActionGoal.Existing(Goal(5)))),
        ]);
        var draft = Note();
        draft.SetActions([new ActionRow(null, new ActionTerms("Not issued yet", VisitParty.Setting, Today, ActionGoal.None))]);
        note.Issue("Ari Adviser", Today, Now);

        note.Actions[0].LinkGoal(Goal(7, "A policy parents understand"));

        Assert.Equal((7, "A policy parents understand"), (note.Actions[0].PlanGoalId, note.Actions[0].PlanGoalTitle));
        Assert.Throws<InvalidOperationException>(() => note.Actions[1].LinkGoal(Goal(8)));
        Assert.Throws<InvalidOperationException>(() => note.Actions[2].LinkGoal(Goal(8)));
        Assert.Throws<InvalidOperationException>(() => draft.Actions[0].LinkGoal(Goal(8)));
    }

    [Fact]
    public void AGoalMadeFromAnAction_IsTitledWithIt_DueWhenItIs_AndLinkedToTheAreaItsWordsSuggest()
    {
        var action = Act(Note(), "Write a supervision schedule for every room", VisitParty.Setting, ActionGoal.New);

        var goal = GoalsFromActions.FromAgreedAction(Setting(), action, new DateOnly(2026, 11, 20), Renewed, "Ari Adviser", Now);

        Assert.Equal("Write a supervision schedule for every room", goal.Outcome);
        Assert.Equal(action.DueOn, goal.ByWhen);
        Assert.Equal(GoalSourceKind.VisitAgreedAction, goal.SourceKind);
        Assert.Equal("Action agreed at the visit on 20 November 2026: Write a supervision schedule for every room", goal.SourceText);
        Assert.Equal(("ofsted-renewed-2025", "leadership-and-governance"), (goal.FrameworkCode, goal.AreaCode));
        Assert.Equal(GoalPriority.Medium, goal.Priority);
    }

    [Fact]
    public void AGoalMadeFromAnActionNoAreaMatches_IsLinkedToNoArea()
    {
        var action = Act(Note(), "Xyzzy plugh", VisitParty.Setting, ActionGoal.New);

        var goal = GoalsFromActions.FromAgreedAction(Setting(), action, Today, Renewed, "Ari Adviser", Now);

        Assert.Equal((null, null), (goal.FrameworkCode, goal.AreaCode));
    }

    [Fact]
    public void ALongAction_GivesAGoalTitleCutAtAWord_WithinTheGoalsLimit_AndTheWholeActionInItsSource()
    {
        var text = string.Join(' ', Enumerable.Repeat("supervision", 160));
        var action = Act(Note(), text, VisitParty.Setting, ActionGoal.New);

        var goal = GoalsFromActions.FromAgreedAction(Setting(), action, Today, Renewed, "Ari Adviser", Now);

        Assert.True(goal.Outcome.Length <= PlanGoal.OutcomeMaxLength);
        Assert.EndsWith("supervision…", goal.Outcome, StringComparison.Ordinal);
        Assert.True(goal.SourceText!.Length <= PlanGoal.SourceTextMaxLength);
    }

    [Fact]
    public void AnInspectionItem_BecomesAGoalInTheAreaChosen_AndAnAreaNotInTheFrameworkIsRefused()
    {
        var setting = Setting();
        var inspection = new Web.Domain.Settings.Inspection(setting, "1", new DateOnly(2026, 11, 2), "Full inspection", Renewed.Code, null);
        var item = new Web.Domain.Settings.InspectionItem(inspection, Web.Domain.Settings.InspectionItemKind.Action, "Ensure staff supervision identifies training needs", new DateOnly(2027, 1, 15));

        var goal = GoalsFromActions.FromInspectionItem(setting, item, inspection.Date, Renewed, "inclusion", "Olu Owner", Now);

        Assert.Equal((GoalPriority.High, "ofsted-renewed-2025", "inclusion"), (goal.Priority, goal.FrameworkCode, goal.AreaCode));
        Assert.Equal("Action from the inspection of 2 November 2026", goal.Issue);
        Assert.Null(GoalsFromActions.FromInspectionItem(setting, item, inspection.Date, Renewed, null, "Olu Owner", Now).AreaCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalsFromActions.FromInspectionItem(setting, item, inspection.Date, Renewed, "overall", "Olu Owner", Now));
    }
}
