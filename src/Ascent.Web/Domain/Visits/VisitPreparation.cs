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
    public bool InformedOwners { get; set; }

    /// Staff alerted to the visit, so plans can be put in place.
    public bool AlertedStaff { get; set; }

    /// The most recent setting improvement plan sent to the adviser.
    public bool SentImprovementPlan { get; set; }

    /// The self-evaluation sent to the adviser.
    public bool SentSelfEvaluation { get; set; }

    public string? SinceLastVisit { get; set; }

    public string? ToDiscuss { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public int TickedCount => (InformedOwners ? 1 : 0) + (AlertedStaff ? 1 : 0) + (SentImprovementPlan ? 1 : 0) + (SentSelfEvaluation ? 1 : 0);

    public const int ChecklistLength = 4;
}
