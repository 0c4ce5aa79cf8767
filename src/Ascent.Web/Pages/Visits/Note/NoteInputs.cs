using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Web.Pages.Visits.Note;

/// A recommendation from an earlier note, as this note evaluates it.
public sealed class ReviewInput
{
    public int Id { get; set; }

    public Evaluation? Evaluation { get; set; }

    public string? Comment { get; set; }
}

/// A new recommendation: a row with an id edits (or, emptied, removes) one already saved; a row without adds one.
public sealed class RecommendationInput
{
    public int? Id { get; set; }

    public string? Text { get; set; }
}

public sealed class ActionInput
{
    public int? Id { get; set; }

    public string? Text { get; set; }

    public VisitParty? Owner { get; set; }

    public DateInput Due { get; set; } = new();

    /// The improvement-plan goal of a setting's action: a goal's id, NoteFormPage.NewGoal or NoteFormPage.NoGoal.
    public string? Goal { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && Owner is null && Due.IsEmpty && string.IsNullOrEmpty(Goal);
}

/// What the read-only note (on screen and printed) shows.
public sealed record NoteViewModel(VisitNote Note, Visit Visit);
