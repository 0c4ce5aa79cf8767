namespace Ascent.Web.Domain.Visits;

/// The setting's part of the visit record, filled in before the visit (Kent strategy, section 4: "The setting
/// will…"). The adviser reads it when preparing and during the visit.
public sealed class VisitPreparation
{
    // The limits of what the setting types, checked by Pages/Visits/Preparation and used for the columns.
    public const int SinceLastVisitMaxLength = 8000;

    public const int ToDiscussMaxLength = 4000;

    /// The seed's checklist: inform the owner, trustees, directors, nominated person or area quality manager
    /// (for a chain) of the visit.
    public bool InformedOwners { get; private set; }

    /// Staff alerted to the visit, so plans can be put in place.
    public bool AlertedStaff { get; private set; }

    /// The most recent setting improvement plan sent to the adviser.
    public bool SentImprovementPlan { get; private set; }

    /// The self-evaluation sent to the adviser.
    public bool SentSelfEvaluation { get; private set; }

    public string? SinceLastVisit { get; private set; }

    public string? ToDiscuss { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public int TickedCount => (InformedOwners ? 1 : 0) + (AlertedStaff ? 1 : 0) + (SentImprovementPlan ? 1 : 0) + (SentSelfEvaluation ? 1 : 0);

    public const int ChecklistLength = 4;

    internal void Record(PreparationAnswers answers, string by, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answers.SinceLastVisit?.Length ?? 0, SinceLastVisitMaxLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(answers.ToDiscuss?.Length ?? 0, ToDiscussMaxLength);
        InformedOwners = answers.InformedOwners;
        AlertedStaff = answers.AlertedStaff;
        SentImprovementPlan = answers.SentImprovementPlan;
        SentSelfEvaluation = answers.SentSelfEvaluation;
        SinceLastVisit = FreeText.Trimmed(answers.SinceLastVisit);
        ToDiscuss = FreeText.Trimmed(answers.ToDiscuss);
        UpdatedBy = by;
        UpdatedAt = at;
    }
}

/// What the setting's leader answers when preparing a visit.
public sealed record PreparationAnswers(bool InformedOwners, bool AlertedStaff, bool SentImprovementPlan, bool SentSelfEvaluation, string? SinceLastVisit, string? ToDiscuss);
