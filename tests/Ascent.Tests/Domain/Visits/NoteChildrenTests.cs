using Ascent.Web.Domain.Visits;
using static Ascent.Tests.Domain.Visits.VisitMaking;

namespace Ascent.Tests.Domain.Visits;

/// A draft note edits its own recommendations, agreed actions and evaluations, row by row as the form posts them.
public sealed class NoteChildrenTests
{
    [Fact]
    public void SetRecommendations_AddsRowsWithText_InOrder_AndSkipsBlankNewRows()
    {
        var note = Note();

        note.SetRecommendations([new RecommendationRow(null, " Introduce termly supervision "), new RecommendationRow(null, " "), new RecommendationRow(null, "Review risk assessments")]);

        Assert.Equal(["Introduce termly supervision", "Review risk assessments"], note.Recommendations.Select(r => r.Text));
        Assert.Equal([1, 2], note.Recommendations.Select(r => r.Position));
        Assert.All(note.Recommendations, r => Assert.Equal(RecommendationStatus.Open, r.Status));
    }

    [Fact]
    public void SetRecommendations_EditsARowWithAnId_AndRemovesOneEmptied_AddingNewOnesAfterTheLast()
    {
        var note = Note();
        note.SetRecommendations([new RecommendationRow(null, "First"), new RecommendationRow(null, "Second")]);
        WithId(note.Recommendations[0], 1);
        WithId(note.Recommendations[1], 2);

        note.SetRecommendations([new RecommendationRow(1, ""), new RecommendationRow(2, "Second, reworded"), new RecommendationRow(null, "Third")]);

        Assert.Equal(["Second, reworded", "Third"], note.Recommendations.Select(r => r.Text));
        Assert.Equal([2, 3], note.Recommendations.Select(r => r.Position));
    }

    [Fact]
    public void SetRecommendations_RefusesTextOverItsLimit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Note().SetRecommendations([new RecommendationRow(null, new string('a', Recommendation.TextMaxLength + 1))]));

    [Fact]
    public void SetActions_AddsRowsWithTerms_AndKeepsAPlanGoalOnlyForTheSettingsActions()
    {
        var note = Note();

        note.SetActions(
        [
            new ActionRow(null, new ActionTerms(" Write a supervision schedule ", VisitParty.Setting, Today.AddDays(14), ActionGoal.New)),
            new ActionRow(null, null),
            new ActionRow(null, new ActionTerms("Send the template", VisitParty.LocalAuthority, Today.AddDays(3), ActionGoal.New)),
        ]);

        Assert.Equal(["Write a supervision schedule", "Send the template"], note.Actions.Select(a => a.Text));
        Assert.Equal([true, false], note.Actions.Select(a => a.MakesNewGoal));
        Assert.Equal([1, 2], note.Actions.Select(a => a.Position));
        Assert.All(note.Actions, a => Assert.Equal(ActionStatus.Open, a.Status));
    }

    [Fact]
    public void SetActions_EditsARowWithAnId_AndRemovesOneWithoutTerms()
    {
        var note = Note();
        note.SetActions([new ActionRow(null, new ActionTerms("First", VisitParty.Setting, Today, ActionGoal.None)), new ActionRow(null, new ActionTerms("Second", VisitParty.Setting, Today, ActionGoal.None))]);
        WithId(note.Actions[0], 1);
        WithId(note.Actions[1], 2);

        note.SetActions([new ActionRow(1, null), new ActionRow(2, new ActionTerms("Second, later", VisitParty.LocalAuthority, Today.AddDays(7), ActionGoal.None))]);

        var action = Assert.Single(note.Actions);
        Assert.Equal("Second, later", action.Text);
        Assert.Equal(VisitParty.LocalAuthority, action.Owner);
        Assert.Equal(Today.AddDays(7), action.DueOn);
    }

    [Fact]
    public void SetActions_RefusesAnActionWithoutText() =>
        Assert.Throws<ArgumentException>(() => Note().SetActions([new ActionRow(null, new ActionTerms(" ", VisitParty.Setting, Today, ActionGoal.None))]));

    [Fact]
    public void CarryForward_AddsAnEvaluationForEachOpenRecommendation_Once()
    {
        var visit = HeldVisit();
        var earlier = IssuedNoteWith(visit, "First", "Second");
        WithId(earlier.Recommendations[0], 1);
        WithId(earlier.Recommendations[1], 2);
        var note = Note(visit);

        note.CarryForward(earlier.Recommendations);
        note.CarryForward(earlier.Recommendations);

        Assert.Equal(["First", "Second"], note.Reviews.Select(r => r.Recommendation!.Text));
        Assert.All(note.Reviews, r => Assert.Null(r.Evaluation));
    }

    [Fact]
    public void CarryForward_RefusesARecommendationNotYetIssued()
    {
        var draft = Note();
        draft.SetRecommendations([new RecommendationRow(null, "Still a draft")]);

        Assert.Throws<InvalidOperationException>(() => Note().CarryForward(draft.Recommendations));
    }

    [Fact]
    public void CarryForward_RefusesAnotherSettingsRecommendation()
    {
        var other = Visit(Setting(settingId: 2));
        other.RecordHeld(other.Date, today: other.Date);
        var theirs = IssuedNoteWith(other, "Not ours");

        Assert.Throws<InvalidOperationException>(() => Note().CarryForward(theirs.Recommendations));
    }

    [Fact]
    public void EvaluateRecommendations_RecordsEachRowOnItsEvaluation_AndIgnoresRowsForNone()
    {
        var visit = HeldVisit();
        var earlier = IssuedNoteWith(visit, "First", "Second");
        WithId(earlier.Recommendations[0], 1);
        WithId(earlier.Recommendations[1], 2);
        var note = Note(visit);
        note.CarryForward(earlier.Recommendations);
        WithId(note.Reviews[0], 11);
        WithId(note.Reviews[1], 12);

        note.EvaluateRecommendations([new ReviewRow(12, Evaluation.NotMet, " Not started "), new ReviewRow(99, Evaluation.Met, null)]);

        Assert.Null(note.Reviews[0].Evaluation);
        Assert.Equal(Evaluation.NotMet, note.Reviews[1].Evaluation);
        Assert.Equal("Not started", note.Reviews[1].Comment);
    }

    [Fact]
    public void AnIssuedEvaluation_CannotBeChanged()
    {
        var visit = HeldVisit();
        var earlier = IssuedNoteWith(visit, "First");
        var note = Note(visit);
        note.CarryForward(earlier.Recommendations);
        note.Issue("Ari Adviser", Today, Now);

        Assert.Throws<InvalidOperationException>(() => note.Reviews[0].Evaluate(Evaluation.Met, null));
    }
}
