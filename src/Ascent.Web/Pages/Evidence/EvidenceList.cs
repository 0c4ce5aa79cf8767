using Ascent.Web.Data;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

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

    /// The evidence used by each of the given areas, oldest gathered last.
    public static async Task<Dictionary<int, List<EvidenceItem>>> ByAreaAsync(AppDbContext db, IEnumerable<int> areaIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = areaIds.ToList();
        var uses = await db.EvidenceUses.AsNoTracking().Include(u => u.Item)
            .Where(u => u.AreaEvaluationId != null && ids.Contains(u.AreaEvaluationId.Value)).ToListAsync(cancellationToken);
        return uses.GroupBy(u => u.AreaEvaluationId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Item!).OrderByDescending(i => i.GatheredOn).ThenBy(i => i.Title, StringComparer.Ordinal).ToList());
    }

    public static async Task<List<EvidenceItem>> ForGoalAsync(AppDbContext db, int goalId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.EvidenceUses.AsNoTracking().Where(u => u.GoalId == goalId).Select(u => u.Item!)
            .OrderByDescending(i => i.GatheredOn).ThenBy(i => i.Title).ToListAsync(cancellationToken);
    }

    /// The next self-evaluation starts as a copy of the last, and so does the evidence under each area.
    public static async Task CarryForwardAsync(AppDbContext db, Evaluation earlier, Evaluation next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(next);
        var areaIds = earlier.Areas.Select(a => a.Id).ToList();
        var uses = await db.EvidenceUses.AsNoTracking().Where(u => u.AreaEvaluationId != null && areaIds.Contains(u.AreaEvaluationId.Value)).ToListAsync(cancellationToken);
        foreach (var use in uses)
        {
            var code = earlier.Areas.First(a => a.Id == use.AreaEvaluationId).AreaCode;
            if (next.Areas.FirstOrDefault(a => a.AreaCode == code) is { } area)
                db.EvidenceUses.Add(EvidenceUse.CarriedForward(use, area));
        }
    }
}
