using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Evidence;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// The setting's self-evaluation: the current draft area by area, finishing it, starting the next as a copy, and how
/// the grades moved from one finished self-evaluation to the next.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, EvidenceService evidence) : SelfEvaluationPage(db, time, frameworks)
{
    /// Each area's version as this page showed it: finishing is refused when an area was saved since, so nobody
    /// freezes what they have not seen.
    [BindProperty]
    public Dictionary<string, int> AreaVersions { get; set; } = [];

    public List<Evaluation> Finished { get; private set; } = [];

    /// How the setting's own grades compared with its latest inspection's; null when there is nothing to compare.
    public SettingCalibration? Calibration { get; private set; }

    /// What parents and staff, and the LA, have said about the draft so far.
    public EvaluationFeedback DraftFeedback { get; private set; } = EvaluationFeedback.None;

    /// "2 answers from parents and staff, 1 comment from the local authority" for an area of the draft, or null.
    public string? AreaFeedbackNote(string areaCode)
    {
        var answers = DraftFeedback.Voices.CountForArea(areaCode);
        var comments = DraftFeedback.Comments.Count(c => c.AreaCode == areaCode);
        var parts = new List<string>();
        if (answers > 0)
            parts.Add($"{answers} {(answers == 1 ? "answer" : "answers")} from parents and staff");
        if (comments > 0)
            parts.Add($"{comments} {(comments == 1 ? "comment" : "comments")} from the local authority");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        await LoadHistoryAsync(cancellationToken);
        AreaVersions = Draft?.Areas.ToDictionary(a => a.AreaCode, a => a.Version) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (Draft is not null)
            return Redirect($"/settings/{id}/self-evaluation");
        if (CurrentFramework is null)
        {
            ModelState.AddModelError(string.Empty, "Ascent has no framework for this setting's regulator today, so a self-evaluation cannot be started");
            await LoadHistoryAsync(cancellationToken);
            return Page();
        }

        var latest = await Db.SelfEvaluations.Include(e => e.Areas)
            .Where(e => e.SettingId == id && e.FinishedOn != null)
            .OrderByDescending(e => e.FinishedOn).ThenByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        var by = Db.CurrentUser.DisplayName;
        var next = latest is null ? Evaluation.Start(Setting, CurrentFramework, by, Today) : latest.StartNext(CurrentFramework, by, Today);
        Db.SelfEvaluations.Add(next);
        if (latest is not null)
            await evidence.CarryForwardAsync(latest, next, cancellationToken);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people pressed "start" at once: the unique draft index kept one; theirs is the one to use.
            Db.ChangeTracker.Clear();
        }

        TempData["Message"] = latest is null ? "Self-evaluation started" : "New self-evaluation started from your last one";
        return Redirect($"/settings/{id}/self-evaluation");
    }

    public async Task<IActionResult> OnPostFinishAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (Draft is null)
            return Redirect($"/settings/{id}/self-evaluation");
        if (await SavedSinceAsync(cancellationToken) is { } stale)
            return stale;

        Draft.Finish(Db.CurrentUser.DisplayName, Today);
        foreach (var area in Draft.Areas)
            Db.Entry(area).Property(a => a.Version).OriginalValue = AreaVersions[area.AreaCode];
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An area was saved between reading and finishing: say which, as above, from the rows as they are now.
            Db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            if (Draft is null)
                return Redirect($"/settings/{id}/self-evaluation");
            return (await SavedSinceAsync(cancellationToken, force: true))!;
        }

        TempData["Message"] = $"Self-evaluation finished on {Format.Date(Today)}";
        return Redirect($"/settings/{id}/self-evaluation");
    }

    // The page again, naming each area saved since the posted versions were read; null when none was.
    private async Task<IActionResult?> SavedSinceAsync(CancellationToken cancellationToken, bool force = false)
    {
        var framework = FrameworkOf(Draft!);
        var me = Db.CurrentUser.UserId;
        var clashes = Draft!.Areas
            .Select(a => (Area: a, Clash: AreaClash.Between(a, AreaVersions.TryGetValue(a.AreaCode, out var seen) ? seen : -1, me)))
            .Where(c => c.Clash is not null).ToList();
        if (clashes.Count == 0 && !force)
            return null;
        foreach (var (area, clash) in clashes)
        {
            var name = framework.FindArea(area.AreaCode)?.Name ?? "an area";
            ModelState.AddModelError(string.Empty, $"{clash!.Saved(name, at => Format.TimeOrDate(at, Time.GetUtcNow()))}, after you opened this page. Check the self-evaluation below and finish it again");
        }

        if (clashes.Count == 0)
            ModelState.AddModelError(string.Empty, "The self-evaluation changed while you had it open. Check it below and finish it again");
        AreaVersions = Draft.Areas.ToDictionary(a => a.AreaCode, a => a.Version);
        await LoadHistoryAsync(cancellationToken);
        return Page();
    }

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        if (Draft is not null)
            DraftFeedback = await EvaluationFeedbackReader.LoadAsync(Db, Draft.Id, cancellationToken);
        Finished = await Db.SelfEvaluations.AsNoTracking().Include(e => e.Areas)
            .Where(e => e.SettingId == Setting.Id && e.FinishedOn != null)
            .OrderBy(e => e.FinishedOn).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        if (Finished.Count == 0)
            return;
        var inspections = await Db.Inspections.AsNoTracking().Include(i => i.Grades)
            .Where(i => i.SettingId == Setting.Id).ToListAsync(cancellationToken);
        if (Domain.SelfEvaluation.Calibration.InspectionToCompare(inspections) is { } inspection && Frameworks.TryGet(inspection.FrameworkCode, out var framework))
            Calibration = Domain.SelfEvaluation.Calibration.Compare(framework, inspection, Finished);
    }
}
