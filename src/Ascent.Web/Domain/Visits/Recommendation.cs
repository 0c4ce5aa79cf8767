using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// A recommendation made in a note of visit. It is carried forward to every later note for the setting, to be
/// evaluated, until one finds it met: that is its thread, from first raised to met.
public sealed class Recommendation : IPublishedToSetting
{
    public const int TextMaxLength = 2000;

    private Recommendation()
    {
        Text = "";
    }

    public Recommendation(VisitNote note, string text, int position)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, TextMaxLength);
        Note = note;
        TenantId = note.TenantId;
        SettingId = note.SettingId;
        Text = text.Trim();
        Position = position;
        Status = RecommendationStatus.Open;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// The note that first raised it.
    public int NoteId { get; private set; }

    public VisitNote? Note { get; private set; }

    public string Text { get; private set; }

    public int Position { get; private set; }

    public RecommendationStatus Status { get; private set; }

    /// The note whose evaluation found it met.
    public int? MetInNoteId { get; private set; }

    public DateOnly? MetOn { get; private set; }

    /// Visible to the setting: its note has been issued.
    public bool IsPublished { get; private set; }

    public void Edit(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, TextMaxLength);
        Text = text.Trim();
    }

    public void Publish() => IsPublished = true;

    public void MarkMet(int noteId, DateOnly on)
    {
        Status = RecommendationStatus.Met;
        MetInNoteId = noteId;
        MetOn = on;
    }
}

public enum RecommendationStatus
{
    Open = 1,
    Met = 2,
}

/// A note's evaluation of a recommendation from an earlier note.
public sealed class RecommendationReview : IPublishedToSetting
{
    public const int CommentMaxLength = 2000;

    private RecommendationReview()
    {
    }

    public RecommendationReview(VisitNote note, Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(recommendation);
        Note = note;
        TenantId = note.TenantId;
        SettingId = note.SettingId;
        Recommendation = recommendation;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int NoteId { get; private set; }

    public VisitNote? Note { get; private set; }

    public int RecommendationId { get; private set; }

    public Recommendation? Recommendation { get; private set; }

    public Evaluation? Evaluation { get; private set; }

    public string? Comment { get; private set; }

    public bool IsPublished { get; private set; }

    public void Evaluate(Evaluation? evaluation, string? comment)
    {
        if (IsPublished)
            throw new InvalidOperationException("An issued note's evaluation is locked.");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(comment?.Length ?? 0, CommentMaxLength);
        Evaluation = evaluation;
        Comment = FreeText.Trimmed(comment);
    }

    public void Publish() => IsPublished = true;
}

public enum Evaluation
{
    Met = 1,
    PartlyMet = 2,
    NotMet = 3,
}
