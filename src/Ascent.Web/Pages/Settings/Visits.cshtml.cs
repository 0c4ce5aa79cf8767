using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

/// A setting's visit history: every visit and note in order, the thread of each recommendation from first raised to
/// met, and the actions agreed. The setting sees only what has been issued (the query filters).
[Authorize(Policy = Infrastructure.Policies.Visits)]
public sealed class VisitsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Setting Setting { get; private set; } = null!;

    public List<Visit> Visits { get; private set; } = [];

    public Dictionary<int, VisitNote> Notes { get; private set; } = [];

    public List<Recommendation> Recommendations { get; private set; } = [];

    public ILookup<int, RecommendationReview> Evaluations { get; private set; } = Enumerable.Empty<RecommendationReview>().ToLookup(r => r.RecommendationId);

    public List<AgreedAction> Actions { get; private set; } = [];

    public bool IsLocalAuthority => db.CurrentUser.SettingId == null;

    public DateOnly Today => time.Today();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (setting is null)
            return NotFound();
        Setting = setting;
        Visits = await db.Visits.AsNoTracking().Where(v => v.SettingId == id).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);
        Notes = await db.VisitNotes.AsNoTracking().Where(n => n.SettingId == id).ToDictionaryAsync(n => n.VisitId, cancellationToken);
        Recommendations = await db.Recommendations.AsNoTracking().Include(r => r.Note).ThenInclude(n => n!.Visit)
            .Where(r => r.SettingId == id && r.IsPublished)
            .OrderBy(r => r.Status).ThenBy(r => r.Note!.IssuedAt).ThenBy(r => r.Position).ToListAsync(cancellationToken);
        Evaluations = (await db.RecommendationReviews.AsNoTracking().Include(r => r.Note).ThenInclude(n => n!.Visit)
            .Where(r => r.SettingId == id && r.IsPublished).ToListAsync(cancellationToken))
            .OrderBy(r => r.Note!.IssuedAt).ToLookup(r => r.RecommendationId);
        Actions = await db.AgreedActions.AsNoTracking().Include(a => a.Note).ThenInclude(n => n!.Visit)
            .Where(a => a.SettingId == id && a.IsPublished)
            .OrderBy(a => a.Status).ThenBy(a => a.DueOn).ToListAsync(cancellationToken);
        return Page();
    }
}
