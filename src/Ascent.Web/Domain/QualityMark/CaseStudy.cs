using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// An action-research case study in a setting's portfolio: the question it asked, the evidence it started from, what
/// it changed and observed, the outcomes for children and the setting's reflection. The setting's staff write it as a
/// draft and submit it to the evaluator, who comments; the setting reads the comments. Children are not named in it.
public sealed class CaseStudy : ISettingOwned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 8000;
    public const int ByMaxLength = 200;
    public const int MaxAttachments = 10;

    private readonly List<CaseStudyAttachment> _attachments = [];
    private readonly List<CaseStudyComment> _comments = [];

    private CaseStudy()
    {
        Title = Question = Baseline = Changes = Observations = Outcomes = Reflection = StartedBy = UpdatedBy = "";
    }

    private CaseStudy(Accreditation accreditation, string startedBy, DateTimeOffset at)
        : this()
    {
        TenantId = accreditation.TenantId;
        SettingId = accreditation.SettingId;
        AccreditationId = accreditation.Id;
        StartedBy = UpdatedBy = startedBy;
        StartedAt = UpdatedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AccreditationId { get; private set; }

    public string Title { get; private set; }

    /// The research question: what the setting wanted to find out or improve.
    public string Question { get; private set; }

    /// The evidence the setting started from (observations, screening, audits).
    public string Baseline { get; private set; }

    public string Changes { get; private set; }

    public string Observations { get; private set; }

    public string Outcomes { get; private set; }

    public string Reflection { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// The day it was submitted to the evaluator; null while it is a draft.
    public DateOnly? SubmittedOn { get; private set; }

    public string? SubmittedBy { get; private set; }

    public bool IsSubmitted => SubmittedOn is not null;

    public IReadOnlyList<CaseStudyAttachment> Attachments => _attachments;

    public IReadOnlyList<CaseStudyComment> Comments => _comments;

    public int Version { get; private set; }

    /// A new draft of an accreditation that is under way or awarded.
    public static CaseStudy Start(Accreditation accreditation, CaseStudyText text, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (accreditation.Status is not (AccreditationStatus.InProgress or AccreditationStatus.Recommended or AccreditationStatus.Accredited))
            throw new InvalidOperationException($"Case studies are written while the accreditation is under way, not while it is {AccreditationStatuses.Label(accreditation.Status).ToLowerInvariant()}.");
        var study = new CaseStudy(accreditation, by, at);
        study.Write(text, by, at);
        return study;
    }

    /// Writes the draft's text. A submitted case study is the evaluator's to read: it no longer changes.
    public void Write(CaseStudyText text, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(text);
        ExpectDraft();
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Title);
        (Title, Question, Baseline, Changes, Observations, Outcomes, Reflection) =
            (text.Title.Trim(), T(text.Question), T(text.Baseline), T(text.Changes), T(text.Observations), T(text.Outcomes), T(text.Reflection));
        Touch(by, at);
    }

    /// What a case study still needs before it is submitted: each section written.
    public IReadOnlyList<string> Missing() =>
    [
        .. new (string Text, string Name)[]
        {
            (Question, "the question"), (Baseline, "the baseline evidence"), (Changes, "what you changed"),
            (Observations, "what you observed"), (Outcomes, "the outcomes for children"), (Reflection, "your reflection"),
        }.Where(s => s.Text.Length == 0).Select(s => s.Name),
    ];

    public void Submit(string by, DateOnly on, DateTimeOffset at)
    {
        ExpectDraft();
        if (Missing() is { Count: > 0 } missing)
            throw new InvalidOperationException($"Write {string.Join(", ", missing)} before submitting the case study.");
        SubmittedOn = on;
        SubmittedBy = by;
        Touch(by, at);
    }

    public CaseStudyAttachment Attach(string fileName, string contentType, byte[] content, string by, DateTimeOffset at)
    {
        ExpectDraft();
        if (_attachments.Count >= MaxAttachments)
            throw new InvalidOperationException($"A case study has at most {MaxAttachments} attachments.");
        var attachment = new CaseStudyAttachment(this, fileName, contentType, content, by, at);
        _attachments.Add(attachment);
        Touch(by, at);
        return attachment;
    }

    public void Detach(CaseStudyAttachment attachment, string by, DateTimeOffset at)
    {
        ExpectDraft();
        if (_attachments.Remove(attachment))
            Touch(by, at);
    }

    /// The evaluator's comment on a submitted case study.
    public CaseStudyComment Comment(string text, string by, DateTimeOffset at)
    {
        if (!IsSubmitted)
            throw new InvalidOperationException("The evaluator comments once the case study is submitted.");
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var comment = new CaseStudyComment(this, text.Trim(), by, at);
        _comments.Add(comment);
        Version++;
        return comment;
    }

    private void ExpectDraft()
    {
        if (IsSubmitted)
            throw new InvalidOperationException("This case study has been submitted to the evaluator: it no longer changes.");
    }

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
    }

    private static string T(string? text) => text?.Trim() ?? "";
}

/// The sections of a case study as the form sends them.
public sealed record CaseStudyText(string Title, string? Question, string? Baseline, string? Changes, string? Observations, string? Outcomes, string? Reflection);
