using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// The written record of a visit: drafted by the adviser, optionally reviewed by the Senior Improvement Adviser,
/// then issued. Issued notes are locked; corrections are addenda kept with the original. LA visits support and
/// challenge: a note records progress, actions and support, never a grade of the setting.
public sealed partial class VisitNote : ISettingOwned
{
    // The limits of what people type, checked by the note's form and used for the columns (VisitConfigurations).
    public const int AgendaMaxLength = 4000;

    public const int AttendedMaxLength = 2000;

    public const int SeenAndDiscussedMaxLength = 20000;

    public const int AuditsDoneMaxLength = 2000;

    public const int SignpostingOtherMaxLength = 2000;

    public const int ReviewCommentMaxLength = 4000;

    private VisitNote()
    {
        AuthorName = "";
        TemplateName = "";
    }

    public VisitNote(Visit visit, Guid authorId, string authorName, NoteTemplate template, DateTimeOffset at, string? attended = null)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(template);
        Visit = visit;
        TenantId = visit.TenantId;
        SettingId = visit.SettingId;
        AuthorId = authorId;
        AuthorName = authorName;
        TemplateName = template.Name;
        DiscussionPrompt = template.DiscussionPrompt;
        Agenda = visit.Agenda ?? template.Agenda;
        Attended = FreeText.Trimmed(attended);
        StartedAt = at;
        Status = NoteStatus.Draft;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int VisitId { get; private set; }

    public Visit? Visit { get; private set; }

    public Guid AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    /// The template the note was started from, and its guidance for what was seen and discussed (copied, so a later
    /// edit of the template does not change a note).
    public string TemplateName { get; private set; }

    public string? DiscussionPrompt { get; private set; }

    public NoteStatus Status { get; private set; }

    public string? Agenda { get; private set; }

    /// Who attended, LA and setting.
    public string? Attended { get; private set; }

    public string? SeenAndDiscussed { get; private set; }

    public string? AuditsDone { get; private set; }

    /// Comma-separated codes from Signposts.
    public string? Signposting { get; private set; }

    public string? SignpostingOther { get; private set; }

    /// For a monitoring visit: "sufficient" or "insufficient" progress since the last visit.
    public string? Progress { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? ReviewRequestedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewComment { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public string? IssuedBy { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public int Version { get; private set; }

    public List<RecommendationReview> Reviews { get; } = [];

    public List<Recommendation> Recommendations { get; } = [];

    public List<AgreedAction> Actions { get; } = [];

    public List<NoteAddendum> Addenda { get; } = [];

    public bool IsIssued => Status == NoteStatus.Issued;

    public IReadOnlyList<string> SignpostCodes =>
        string.IsNullOrEmpty(Signposting) ? [] : Signposting.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void EnsureEditable()
    {
        if (IsIssued)
            throw new InvalidOperationException("An issued note is locked; add an addendum instead.");
    }

    public void Touch()
    {
        EnsureEditable();
        Version++;
    }

    /// Replaces what the adviser wrote. Signposts Ascent does not know are dropped.
    public void Write(NoteWriteUp writeUp)
    {
        ArgumentNullException.ThrowIfNull(writeUp);
        EnsureEditable();
        Agenda = Limited(writeUp.Agenda, AgendaMaxLength, nameof(writeUp.Agenda));
        Attended = Limited(writeUp.Attended, AttendedMaxLength, nameof(writeUp.Attended));
        SeenAndDiscussed = Limited(writeUp.SeenAndDiscussed, SeenAndDiscussedMaxLength, nameof(writeUp.SeenAndDiscussed));
        AuditsDone = Limited(writeUp.AuditsDone, AuditsDoneMaxLength, nameof(writeUp.AuditsDone));
        Signposting = string.Join(',', writeUp.Signposting.Where(s => Signposts.All.Any(p => p.Code == s)).Distinct());
        SignpostingOther = Limited(writeUp.SignpostingOther, SignpostingOtherMaxLength, nameof(writeUp.SignpostingOther));
        Progress = FreeText.Trimmed(writeUp.Progress);
    }

    /// Adds an evaluation for each recommendation given that this note does not evaluate yet, in the order given.
    public void CarryForward(IEnumerable<Recommendation> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        EnsureEditable();
        foreach (var recommendation in open.Where(r => Reviews.All(v => v.RecommendationId != r.Id && v.Recommendation != r)))
        {
            if (recommendation.SettingId != SettingId || !recommendation.IsPublished || recommendation.Status != RecommendationStatus.Open)
                throw new InvalidOperationException("A note evaluates the setting's open recommendations from issued notes.");
            Reviews.Add(new RecommendationReview(this, recommendation));
        }
    }

    /// Records this note's evaluation of the carried-forward recommendations; rows for none of them are ignored.
    public void EvaluateRecommendations(IEnumerable<ReviewRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        EnsureEditable();
        foreach (var row in rows)
            Reviews.FirstOrDefault(r => r.Id == row.ReviewId)?.Evaluate(row.Evaluation, row.Comment);
    }

    /// Edits the note's own recommendations row by row: a row with the id of one edits it, or removes it when its
    /// text is blank; any other row with text adds one after the last.
    public void SetRecommendations(IEnumerable<RecommendationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        EnsureEditable();
        foreach (var row in rows)
        {
            var existing = row.Id is { } id ? Recommendations.FirstOrDefault(r => r.Id == id) : null;
            if (string.IsNullOrWhiteSpace(row.Text))
            {
                if (existing is not null)
                    Recommendations.Remove(existing);
                continue;
            }

            if (existing is null)
                Recommendations.Add(new Recommendation(this, row.Text, Recommendations.Select(r => r.Position).DefaultIfEmpty().Max() + 1));
            else
                existing.Edit(row.Text);
        }
    }

    /// Edits the agreed actions row by row, as SetRecommendations does: a row without terms removes its action.
    public void SetActions(IEnumerable<ActionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        EnsureEditable();
        foreach (var row in rows)
        {
            var existing = row.Id is { } id ? Actions.FirstOrDefault(a => a.Id == id) : null;
            if (row.Terms is not { } terms)
            {
                if (existing is not null)
                    Actions.Remove(existing);
                continue;
            }

            if (existing is null)
                Actions.Add(new AgreedAction(this, terms.Text, terms.Owner, terms.DueOn, terms.Goal, Actions.Select(a => a.Position).DefaultIfEmpty().Max() + 1));
            else
                existing.Update(terms.Text, terms.Owner, terms.DueOn, terms.Goal);
        }
    }

    public void RequestReview(DateTimeOffset at)
    {
        EnsureEditable();
        Status = NoteStatus.AwaitingReview;
        ReviewRequestedAt = at;
        Version++;
    }

    public void Review(string by, string? comment, DateTimeOffset at)
    {
        EnsureEditable();
        Status = NoteStatus.Draft;
        ReviewedBy = by;
        ReviewComment = Limited(comment, ReviewCommentMaxLength, nameof(comment));
        ReviewedAt = at;
        Version++;
    }

    /// Locks the note and everything in it; the setting can see it from now on. The recommendations it finds met
    /// are closed, so later notes no longer carry them forward.
    public void Issue(string by, DateOnly on, DateTimeOffset at)
    {
        EnsureEditable();
        Status = NoteStatus.Issued;
        IssuedBy = by;
        IssuedOn = on;
        IssuedAt = at;
        foreach (var review in Reviews)
        {
            review.Publish();
            if (review.Evaluation == Evaluation.Met)
                review.Recommendation!.MarkMet(Id, on);
        }

        foreach (var recommendation in Recommendations)
            recommendation.Publish();
        foreach (var action in Actions)
            action.Publish();
        Version++;
    }

    public void Acknowledge(string by, DateTimeOffset at)
    {
        if (!IsIssued)
            throw new InvalidOperationException("Only an issued note can be acknowledged.");
        if (AcknowledgedAt is not null)
            return;
        AcknowledgedAt = at;
        AcknowledgedBy = by;
        Version++;
    }

    /// A correction or addition to an issued note (a draft is edited instead).
    public void AddAddendum(string text, string by, DateTimeOffset at)
    {
        if (!IsIssued)
            throw new InvalidOperationException("A draft is edited, not added to.");
        if (text?.Length > NoteAddendum.TextMaxLength)
            throw new ArgumentOutOfRangeException(nameof(text), $"An addendum is at most {NoteAddendum.TextMaxLength} characters.");
        Addenda.Add(new NoteAddendum(text!, by, at));
    }

    private static string? Limited(string? text, int max, string name) =>
        text?.Length > max ? throw new ArgumentOutOfRangeException(name, $"At most {max} characters.") : FreeText.Trimmed(text);
}

public enum NoteStatus
{
    Draft = 1,
    AwaitingReview = 2,
    Issued = 3,
}
