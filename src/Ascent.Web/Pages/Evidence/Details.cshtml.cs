using Ascent.Web.Data;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

/// One piece of evidence: what it shows, when it was gathered, its link or file, and every self-evaluation area and
/// plan goal it supports, each of which the setting can stop using it for.
public sealed class DetailsModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : EvidencePage(db, time)
{
    public EvidenceItem Item { get; private set; } = null!;

    public List<(EvidenceUse Use, string Text, string Href)> UsedFor { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemoveAsync(int id, int useId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var use = await Db.EvidenceUses.FirstOrDefaultAsync(u => u.Id == useId && u.EvidenceItemId == id, cancellationToken);
        if (use is not null)
        {
            Db.EvidenceUses.Remove(use);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone removed it at the same moment: it is gone, which is what was wanted.
                Db.ChangeTracker.Clear();
            }
        }

        TempData["Message"] = "Evidence no longer used there";
        return Redirect($"/evidence/{id}");
    }

    /// Deleting evidence takes it out of every area and goal it supported, with its file: the page says so first.
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var item = await Db.EvidenceItems.Include(e => e.File).Include(e => e.Uses).FirstAsync(e => e.Id == id, cancellationToken);
        Db.EvidenceItems.Remove(item);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"“{item.Title}” deleted";
        return Redirect($"/settings/{Setting.Id}/evidence");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await Db.EvidenceItems.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null || !await LoadSettingAsync(item.SettingId, cancellationToken))
            return false;
        Item = item;
        var uses = await Db.EvidenceUses.AsNoTracking().Include(u => u.Area!.Evaluation).Include(u => u.Goal)
            .Where(u => u.EvidenceItemId == id).ToListAsync(cancellationToken);
        UsedFor = [.. uses.Select(Describe).OrderBy(u => u.Text, StringComparer.Ordinal)];
        return true;
    }

    private (EvidenceUse Use, string Text, string Href) Describe(EvidenceUse use)
    {
        if (use.Goal is { } goal)
            return (use, $"Goal: {goal.Outcome}", $"/plan-goals/{goal.Id}");
        var area = use.Area!;
        var evaluation = area.Evaluation!;
        var name = frameworks.TryGet(evaluation.FrameworkCode, out var framework) ? framework.FindArea(area.AreaCode)?.Name ?? area.AreaCode : area.AreaCode;
        var which = evaluation.FinishedOn is { } finished ? $"self-evaluation finished on {Format.Date(finished)}" : "self-evaluation in progress";
        return (use, $"{name} ({which})", $"/self-evaluations/{evaluation.Id}#area-{area.AreaCode}");
    }
}
