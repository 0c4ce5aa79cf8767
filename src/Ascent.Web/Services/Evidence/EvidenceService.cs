using Ascent.Web.Data;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Evidence;

/// Which evidence is used where: read under a self-evaluation's areas or a goal, and carried into the next
/// self-evaluation. Read through the query filters, so only the setting's own evidence is found.
public sealed class EvidenceService(AppDbContext db)
{
    /// The evidence used by each of the given areas, oldest gathered last.
    public async Task<Dictionary<int, List<EvidenceItem>>> ByAreaAsync(IEnumerable<int> areaIds, CancellationToken cancellationToken)
    {
        var ids = areaIds.ToList();
        var uses = await db.EvidenceUses.AsNoTracking().Include(u => u.Item)
            .Where(u => u.AreaEvaluationId != null && ids.Contains(u.AreaEvaluationId.Value)).ToListAsync(cancellationToken);
        return uses.GroupBy(u => u.AreaEvaluationId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Item!).OrderByDescending(i => i.GatheredOn).ThenBy(i => i.Title, StringComparer.Ordinal).ToList());
    }

    public async Task<List<EvidenceItem>> ForGoalAsync(int goalId, CancellationToken cancellationToken)
    {
        return await db.EvidenceUses.AsNoTracking().Where(u => u.GoalId == goalId).Select(u => u.Item!)
            .OrderByDescending(i => i.GatheredOn).ThenBy(i => i.Title).ToListAsync(cancellationToken);
    }

    /// The next self-evaluation starts as a copy of the last, and so does the evidence under each area.
    public async Task CarryForwardAsync(Evaluation earlier, Evaluation next, CancellationToken cancellationToken)
    {
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
