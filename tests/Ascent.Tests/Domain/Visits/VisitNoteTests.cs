using Ascent.Web.Domain.Visits;
using static Ascent.Tests.Domain.Visits.VisitMaking;

namespace Ascent.Tests.Domain.Visits;

public sealed class VisitNoteTests
{
    [Fact]
    public void New_IsADraftOfTheVisit_WithTheVisitsAgendaBeforeTheTemplates()
    {
        var note = new VisitNote(HeldVisit(), Guid.NewGuid(), "Ari Adviser", Template, Now, " Ari Adviser, the manager ");

        Assert.Equal(NoteStatus.Draft, note.Status);
        Assert.Equal("1. Ofsted actions", note.Agenda);
        Assert.Equal("Ari Adviser, the manager", note.Attended);
        Assert.Equal(Template.Name, note.TemplateName);
        Assert.Equal(Template.DiscussionPrompt, note.DiscussionPrompt);
    }

    [Fact]
    public void New_ForAVisitWithoutAnAgenda_StartsFromTheTemplates()
    {
        var visit = Visit(agenda: null);
        visit.RecordHeld(visit.Date, today: visit.Date);

        Assert.Equal(Template.Agenda, Note(visit).Agenda);
    }

    [Fact]
    public void Write_KeepsTheAnswersTrimmed_AndOnlySignpostsAscentKnows()
    {
        var note = Note();

        note.Write(new NoteWriteUp(" Agenda ", " ", " Observed lunch. ", null, ["prevent", "made-up", "prevent", "early-help"], " ", " sufficient "));

        Assert.Equal("Agenda", note.Agenda);
        Assert.Null(note.Attended);
        Assert.Equal("Observed lunch.", note.SeenAndDiscussed);
        Assert.Equal(["prevent", "early-help"], note.SignpostCodes);
        Assert.Null(note.SignpostingOther);
        Assert.Equal("sufficient", note.Progress);
    }

    [Fact]
    public void Write_RefusesTextOverItsLimit() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Note().Write(WriteUp(new string('a', VisitNote.SeenAndDiscussedMaxLength + 1))));

    [Fact]
    public void RequestReview_PutsTheDraftAwaitingReview()
    {
        var note = Note();

        note.RequestReview(Now);

        Assert.Equal(NoteStatus.AwaitingReview, note.Status);
        Assert.Equal(Now, note.ReviewRequestedAt);
        Assert.Equal(1, note.Version);
    }

    [Fact]
    public void Review_ReturnsTheNoteToDraft_WithTheReviewersComment()
    {
        var note = Note();
        note.RequestReview(Now);

        note.Review("Sam Senior", " Say more about impact ", Now.AddHours(1));

        Assert.Equal(NoteStatus.Draft, note.Status);
        Assert.Equal("Sam Senior", note.ReviewedBy);
        Assert.Equal("Say more about impact", note.ReviewComment);
        Assert.Equal(Now.AddHours(1), note.ReviewedAt);
    }

    [Fact]
    public void Issue_LocksTheNote_AndPublishesEverythingInIt()
    {
        var note = Note();
        note.SetRecommendations([new RecommendationRow(null, "Introduce termly supervision")]);
        note.SetActions([new ActionRow(null, new ActionTerms("Write a schedule", VisitParty.Setting, Today.AddDays(14), ActionGoal.None))]);

        note.Issue("Ari Adviser", Today, Now);

        Assert.True(note.IsIssued);
        Assert.Equal(Today, note.IssuedOn);
        Assert.Equal("Ari Adviser", note.IssuedBy);
        Assert.All(note.Recommendations, r => Assert.True(r.IsPublished));
        Assert.All(note.Actions, a => Assert.True(a.IsPublished));
    }

    [Fact]
    public void Issue_ClosesTheRecommendationsItFindsMet_AndCarriesTheOthersOn()
    {
        var visit = HeldVisit();
        var earlier = IssuedNoteWith(visit, "Introduce termly supervision", "Review risk assessments");
        WithId(earlier.Recommendations[0], 1);
        WithId(earlier.Recommendations[1], 2);
        var note = WithId(Note(visit), 7);
        note.CarryForward(earlier.Recommendations);
        WithId(note.Reviews[0], 11);
        WithId(note.Reviews[1], 12);
        note.EvaluateRecommendations([new ReviewRow(11, Evaluation.Met, "Done"), new ReviewRow(12, Evaluation.PartlyMet, null)]);

        note.Issue("Ari Adviser", Today, Now);

        Assert.Equal(RecommendationStatus.Met, earlier.Recommendations[0].Status);
        Assert.Equal(7, earlier.Recommendations[0].MetInNoteId);
        Assert.Equal(Today, earlier.Recommendations[0].MetOn);
        Assert.Equal(RecommendationStatus.Open, earlier.Recommendations[1].Status);
        Assert.All(note.Reviews, r => Assert.True(r.IsPublished));
    }

    public static TheoryData<string> DraftChanges => ["touch", "write", "evaluate", "recommendations", "actions", "carry-forward", "request-review", "review", "issue"];

    [Theory]
    [MemberData(nameof(DraftChanges))]
    public void AnIssuedNote_IsLocked(string change)
    {
        var note = Note();
        note.Issue("Ari Adviser", Today, Now);

        Assert.Throws<InvalidOperationException>(() => Apply(note, change));
    }

    [Fact]
    public void Acknowledge_ADraft_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Note().Acknowledge("Olu Owner", Now));

    [Fact]
    public void Acknowledge_AnIssuedNote_RecordsTheFirstAcknowledgementOnly()
    {
        var note = Note();
        note.Issue("Ari Adviser", Today, Now);

        note.Acknowledge("Olu Owner", Now.AddDays(1));
        note.Acknowledge("Mo Manager", Now.AddDays(2));

        Assert.Equal("Olu Owner", note.AcknowledgedBy);
        Assert.Equal(Now.AddDays(1), note.AcknowledgedAt);
    }

    [Fact]
    public void AddAddendum_ToADraft_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Note().AddAddendum("A correction", "Ari Adviser", Now));

    [Fact]
    public void AddAddendum_ToAnIssuedNote_KeepsItWithTheOriginal()
    {
        var note = Note();
        note.Write(WriteUp());
        note.Issue("Ari Adviser", Today, Now);

        note.AddAddendum(" The audit was of the baby room. ", "Ari Adviser", Now.AddDays(1));

        var addendum = Assert.Single(note.Addenda);
        Assert.Equal("The audit was of the baby room.", addendum.Text);
        Assert.Equal("Observed the two-year-old room.", note.SeenAndDiscussed);
    }

    [Fact]
    public void AddAddendum_RefusesTextOverItsLimit()
    {
        var note = Note();
        note.Issue("Ari Adviser", Today, Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => note.AddAddendum(new string('a', NoteAddendum.TextMaxLength + 1), "Ari Adviser", Now));
    }

    private static void Apply(VisitNote note, string change)
    {
        switch (change)
        {
            case "touch":
                note.Touch();
                break;
            case "write":
                note.Write(WriteUp());
                break;
            case "evaluate":
                note.EvaluateRecommendations([]);
                break;
            case "recommendations":
                note.SetRecommendations([new RecommendationRow(null, "More time outdoors")]);
                break;
            case "actions":
                note.SetActions([]);
                break;
            case "carry-forward":
                note.CarryForward([]);
                break;
            case "request-review":
                note.RequestReview(Now);
                break;
            case "review":
                note.Review("Sam Senior", null, Now);
                break;
            default:
                note.Issue("Ari Adviser", Today, Now);
                break;
        }
    }
}
