using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Pages.SelfEvaluation;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Share;

/// What an inspector sees from a share link: the setting's plan and its latest finished self-evaluation, read-only,
/// with no way into the rest of Ascent. Every opening is recorded for the setting to see.
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SharedLinks)]
public sealed class SharedModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PageModel
{
    public Setting Setting { get; private set; } = null!;

    public PlanShareLink Link { get; private set; } = null!;

    public string Title => PlanDocument.Title(Setting);

    public PlanGoalsView Plan { get; private set; } = null!;

    public EvaluationAreasView? SelfEvaluation { get; private set; }

    /// The evidence behind the plan's goals and the self-evaluation's areas.
    public List<Domain.Evidence.EvidenceItem> Evidence { get; private set; } = [];

    public DateOnly Today => time.Today();

    /// Why the link no longer works, for the page that says so; null while it works.
    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(token, cancellationToken);
        if (link is null)
            return NotFound();
        Link = link;
        var now = time.GetUtcNow();
        var state = link.StateAt(now);
        if (state != ShareLinkState.Active)
        {
            Refused = state == ShareLinkState.Revoked ? "The setting has withdrawn this link" : "This link has expired";
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var setting = await db.Settings.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == link.SettingId && s.TenantId == link.TenantId, cancellationToken);
        if (setting is null)
            return NotFound();
        Setting = setting;

        // Recorded in its own save, before anything is shown: the opening counts even if the page then fails. The
        // audit trail records it as anonymous, under the link's tenant.
        await LogAccessAsync(link, now, cancellationToken);

        var goals = await PlanPage.InPlanOrderAsync(
            db.PlanGoals.IgnoreQueryFilters().Where(g => g.TenantId == link.TenantId && g.SettingId == link.SettingId), cancellationToken);
        Plan = new PlanGoalsView(goals, frameworks, Nested: true);
        var evaluation = await db.SelfEvaluations.IgnoreQueryFilters().AsNoTracking().Include(e => e.Areas)
            .Where(e => e.TenantId == link.TenantId && e.SettingId == link.SettingId && e.FinishedOn != null)
            .OrderByDescending(e => e.FinishedOn).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (evaluation is not null && frameworks.TryGet(evaluation.FrameworkCode, out var framework))
            SelfEvaluation = new EvaluationAreasView(evaluation, framework, EvaluationAreasView.NoGoals, CanPlan: false, Nested: true, await EvidenceTitlesAsync(link, evaluation, cancellationToken));
        Evidence = await SharedEvidence(link, goals.Select(g => g.Id).ToList(), evaluation?.Areas.Select(a => a.Id).ToList() ?? [])
            .OrderByDescending(e => e.GatheredOn).ThenBy(e => e.Title).ToListAsync(cancellationToken);
        return Page();
    }

    /// An evidence file listed on the shared page, to the holder of the same link while it works; each download is
    /// recorded like an opening.
    public async Task<IActionResult> OnGetFileAsync(string token, int evidenceId, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(token, cancellationToken);
        var now = time.GetUtcNow();
        if (link is null || link.StateAt(now) != ShareLinkState.Active)
            return NotFound();
        var goalIds = await db.PlanGoals.IgnoreQueryFilters().Where(g => g.TenantId == link.TenantId && g.SettingId == link.SettingId).Select(g => g.Id).ToListAsync(cancellationToken);
        var areaIds = await db.SelfEvaluationAreas.IgnoreQueryFilters()
            .Where(a => a.TenantId == link.TenantId && a.SettingId == link.SettingId && a.Evaluation!.FinishedOn != null).Select(a => a.Id).ToListAsync(cancellationToken);
        var file = await SharedEvidence(link, goalIds, areaIds).Where(e => e.Id == evidenceId && e.File != null)
            .Select(e => new { e.FileName, e.ContentType, e.File!.Content }).FirstOrDefaultAsync(cancellationToken);
        if (file is null)
            return NotFound();
        await LogAccessAsync(link, now, cancellationToken);
        return File(file.Content, file.ContentType ?? "application/octet-stream", file.FileName);
    }

    /// The link the token opens, or null. The address is the secret: the answer is kept out of Referer headers,
    /// search engines and caches. No one is signed in, so the query filters cannot scope this: the token is the
    /// authority, and every query after it is narrowed by hand to the link's own tenant and setting.
    private async Task<PlanShareLink?> FindLinkAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";
        var hash = PlanShareLink.HashToken(token);
        return await db.PlanShareLinks.IgnoreQueryFilters().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
    }

    private async Task LogAccessAsync(PlanShareLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.PlanShareAccesses.Add(new PlanShareAccess(link, now, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()));
        await db.SaveChangesAsync(cancellationToken);
    }

    // Each area's evidence by title, beside the area; the items themselves, with their files, are listed once below.
    private async Task<Dictionary<int, List<string>>> EvidenceTitlesAsync(PlanShareLink link, Domain.SelfEvaluation.Evaluation evaluation, CancellationToken cancellationToken)
    {
        var areaIds = evaluation.Areas.Select(a => a.Id).ToList();
        var uses = await db.EvidenceUses.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.TenantId == link.TenantId && u.SettingId == link.SettingId && u.AreaEvaluationId != null && areaIds.Contains(u.AreaEvaluationId.Value))
            .Select(u => new { AreaId = u.AreaEvaluationId!.Value, u.Item!.Title, u.Item.GatheredOn }).ToListAsync(cancellationToken);
        return uses.GroupBy(u => u.AreaId).ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.GatheredOn).ThenBy(u => u.Title, StringComparer.Ordinal).Select(u => u.Title).ToList());
    }

    // The link's own setting's evidence that supports one of the given goals or self-evaluation areas; narrowed by
    // hand, because no one is signed in for the filters to scope.
    private IQueryable<Domain.Evidence.EvidenceItem> SharedEvidence(PlanShareLink link, List<int> goalIds, List<int> areaIds) =>
        db.EvidenceItems.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.TenantId == link.TenantId && e.SettingId == link.SettingId
                && e.Uses.Any(u => (u.GoalId != null && goalIds.Contains(u.GoalId.Value)) || (u.AreaEvaluationId != null && areaIds.Contains(u.AreaEvaluationId.Value))));
}
