using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Visits;

/// The written record of a visit: drafted by the adviser, optionally reviewed by the Senior Improvement Adviser,
/// then issued. Issued notes are locked; corrections are addenda kept with the original. LA visits support and
/// challenge: a note records progress, actions and support, never a grade of the setting.
public sealed class VisitNote : ISettingOwned
{
    private VisitNote()
    {
        AuthorName = "";
        TemplateName = "";
    }

    public VisitNote(Visit visit, Guid authorId, string authorName, NoteTemplate template, DateTimeOffset at)
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

    public string? Agenda { get; set; }

    /// Who attended, LA and setting.
    public string? Attended { get; set; }

    public string? SeenAndDiscussed { get; set; }

    public string? AuditsDone { get; set; }

    /// Comma-separated codes from Signposts.
    public string? Signposting { get; set; }

    public string? SignpostingOther { get; set; }

    /// For a monitoring visit: "sufficient" or "insufficient" progress since the last visit.
    public string? Progress { get; set; }

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
        ReviewComment = FreeText.Trimmed(comment);
        ReviewedAt = at;
        Version++;
    }

    /// Locks the note and everything in it; the setting can see it from now on.
    public void Issue(string by, DateOnly on, DateTimeOffset at)
    {
        EnsureEditable();
        Status = NoteStatus.Issued;
        IssuedBy = by;
        IssuedOn = on;
        IssuedAt = at;
        foreach (var review in Reviews)
            review.Publish();
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
}

public enum NoteStatus
{
    Draft = 1,
    AwaitingReview = 2,
    Issued = 3,
}

/// Where the adviser signposted or referred the setting (from the Kent visit descriptions).
public static class Signposts
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("prevent", "Prevent training"),
        ("early-help", "Early Help"),
        ("equality-inclusion", "Equality and inclusion team"),
        ("sufficiency-sustainability", "Sufficiency and sustainability"),
        ("training", "Training and improvement services"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;
}

/// A later correction or addition to an issued note, kept with the original.
public sealed class NoteAddendum
{
    private NoteAddendum()
    {
        Text = "";
        AddedBy = "";
    }

    public NoteAddendum(string text, string addedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        AddedBy = addedBy;
        AddedAt = at;
    }

    public int Id { get; private set; }

    public int NoteId { get; private set; }

    public string Text { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
