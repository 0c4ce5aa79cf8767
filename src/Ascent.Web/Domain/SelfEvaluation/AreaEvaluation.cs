using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// What a setting says about itself in one framework area: strengths, a short note on its evidence (the evidence
/// itself is the setting's evidence library, chosen for the area), what it wants to develop, and the grade it would
/// give itself on the area's scale. Each area keeps its own version, so saving one area never refuses another's form.
public sealed class AreaEvaluation : ISettingOwned
{
    public const int TextMaxLength = 8000;

    /// A few lines on the evidence chosen for the area: what it shows, or what is still to gather.
    public const int EvidenceNoteMaxLength = 500;

    private AreaEvaluation()
    {
        AreaCode = "";
    }

    internal AreaEvaluation(Evaluation evaluation, string areaCode)
    {
        Evaluation = evaluation;
        TenantId = evaluation.TenantId;
        SettingId = evaluation.SettingId;
        AreaCode = areaCode;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvaluationId { get; private set; }

    public Evaluation? Evaluation { get; private set; }

    public string AreaCode { get; private set; }

    public string? Strengths { get; private set; }

    public string? EvidenceNote { get; private set; }

    /// The free-text evidence written before evidence moved to the library, kept in full when it was longer than a
    /// note may be (the note holds its beginning). Shown read-only until the setting has moved it into its evidence
    /// and removes it; never written otherwise.
    public string? EarlierEvidence { get; private set; }

    public string? ForDevelopment { get; private set; }

    /// A code on the area's scale, or null while the setting has not decided.
    public string? Grade { get; private set; }

    /// Goes up with every save of this area (and when the self-evaluation is finished): the form's check that
    /// nobody saved the area since it was opened.
    public int Version { get; private set; }

    /// Who saved the area's words last, and when: named when another save clashes. Null before the first save.
    public Guid? SavedById { get; private set; }

    public string? SavedBy { get; private set; }

    public DateTimeOffset? SavedAt { get; private set; }

    public bool IsStarted => Strengths is not null || EvidenceNote is not null || EarlierEvidence is not null || ForDevelopment is not null || Grade is not null;

    internal void Record(AreaAnswers answers, AreaSave? save)
    {
        if (answers.EvidenceNote?.Trim().Length > EvidenceNoteMaxLength)
            throw new ArgumentException($"An evidence note is at most {EvidenceNoteMaxLength} characters.", nameof(answers));
        Strengths = FreeText.Trimmed(answers.Strengths);
        EvidenceNote = FreeText.Trimmed(answers.EvidenceNote);
        ForDevelopment = FreeText.Trimmed(answers.ForDevelopment);
        Grade = FreeText.Trimmed(answers.Grade);
        if (answers.RemoveEarlierEvidence)
            EarlierEvidence = null;
        if (save is not null)
        {
            SavedById = save.UserId;
            SavedBy = save.By;
            SavedAt = save.At;
        }

        Version++;
    }

    /// The next self-evaluation starts from this one's words, the earlier evidence included, so nothing is lost.
    internal void CopyFrom(AreaEvaluation earlier, string? grade)
    {
        Strengths = earlier.Strengths;
        EvidenceNote = earlier.EvidenceNote;
        EarlierEvidence = earlier.EarlierEvidence;
        ForDevelopment = earlier.ForDevelopment;
        Grade = grade;
    }

    internal void Freeze() => Version++;
}

/// What the form of one area says. RemoveEarlierEvidence drops the earlier free-text evidence the setting has moved
/// into its evidence library.
public sealed record AreaAnswers(string? Strengths, string? EvidenceNote, string? ForDevelopment, string? Grade, bool RemoveEarlierEvidence = false);

/// Who saved an area, and when. UserId tells "you, in another tab" from a colleague.
public sealed record AreaSave(Guid? UserId, string By, DateTimeOffset At);
