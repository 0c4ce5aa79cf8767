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
    [BindProperty]
    public int Version { get; set; }

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
        Version = Draft?.Version ?? 0;
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
        if (Draft.Version != Version)
        {
            ModelState.AddModelError(string.Empty, "Someone changed this self-evaluation while you had it open. Check it below and finish it again.");
            Version = Draft.Version;
            ModelState.Remove(nameof(Version));
            await LoadHistoryAsync(cancellationToken);
            return Page();
        }

        Draft.Finish(Db.CurrentUser.DisplayName, Today);
        Db.Entry(Draft).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Version = Draft?.Version ?? 0;
            // The hidden field would otherwise show the posted (stale) version again and refuse the next save too.
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, "Someone changed this self-evaluation while you had it open. Check it below and finish it again.");
            await LoadHistoryAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Self-evaluation finished on {Format.Date(Today)}";
        return Redirect($"/settings/{id}/self-evaluation");
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
