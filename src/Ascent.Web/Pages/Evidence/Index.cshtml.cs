using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

/// The setting's evidence, newest first, each with how old it is and where it is used. Opened from a
/// self-evaluation area or a goal, each piece has a button to use it there too.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : EvidencePage(db, time)
{
    [BindProperty(SupportsGet = true)]
    public int? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Goal { get; set; }

    public List<Row> Items { get; private set; } = [];

    public sealed record Row(int Id, string Title, DateOnly GatheredOn, string? FileName, string? Link, int Areas, int Goals, bool UsedHere);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken) || !await LoadTargetAsync(Area, Goal, frameworks, cancellationToken))
            return NotFound();
        Items = await Db.EvidenceItems.AsNoTracking().Where(e => e.SettingId == id)
            .OrderByDescending(e => e.GatheredOn).ThenByDescending(e => e.Id)
            .Select(e => new Row(e.Id, e.Title, e.GatheredOn, e.FileName, e.Link,
                e.Uses.Count(u => u.AreaEvaluationId != null), e.Uses.Count(u => u.GoalId != null),
                e.Uses.Any(u => (Area != null && u.AreaEvaluationId == Area) || (Goal != null && u.GoalId == Goal))))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUseAsync(int id, int evidenceId, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken) || !await LoadTargetAsync(Area, Goal, frameworks, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var item = await Db.EvidenceItems.FirstOrDefaultAsync(e => e.Id == evidenceId && e.SettingId == id, cancellationToken);
        if (item is null || ForHref is null)
            return NotFound();
        await UseAsync(item, cancellationToken);
        TempData["Message"] = $"“{item.Title}” is now evidence for {ForName}";
        return Redirect(ForHref);
    }
}
