using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.SelfEvaluation;

namespace Ascent.Web.Services.Evidence;

/// The evidence shown under one self-evaluation area or goal (the partial _EvidenceUsed), with the links to add or
/// choose more when the person may.
public sealed record EvidenceList(IReadOnlyList<EvidenceItem> Items, DateOnly Today, string? AddHref, string? ChooseHref)
{
    public static EvidenceList ForArea(IReadOnlyList<EvidenceItem> items, DateOnly today, int settingId, AreaEvaluation area, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(area);
        return canEdit
            ? new(items, today, $"/settings/{settingId}/evidence/item?area={area.Id}", $"/settings/{settingId}/evidence?area={area.Id}")
            : new(items, today, null, null);
    }

    public static EvidenceList ForGoal(IReadOnlyList<EvidenceItem> items, DateOnly today, int settingId, int goalId, bool canEdit) =>
        canEdit
            ? new(items, today, $"/settings/{settingId}/evidence/item?goal={goalId}", $"/settings/{settingId}/evidence?goal={goalId}")
            : new(items, today, null, null);
}
