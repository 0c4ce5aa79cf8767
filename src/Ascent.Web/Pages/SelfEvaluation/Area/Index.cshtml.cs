using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Services.Evidence;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Area;

/// One framework area of the draft self-evaluation: strengths, evidence, areas for development and a grade, with
/// the framework's guidance for the area beside the form.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, EvidenceService evidence) : SelfEvaluationPage(db, time, frameworks)
{
    [BindProperty]
    public string? Strengths { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? ForDevelopment { get; set; }

    [BindProperty]
    public string? Grade { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public FrameworkArea Area { get; private set; } = null!;

    public Framework Framework { get; private set; } = null!;

    /// The LA's own guidance for the area if it has written one, else Ascent's from the framework file.
    public string? Guidance { get; private set; }

    public IReadOnlyList<SelectListItem> GradeItems { get; private set; } = [];

    /// The evidence chosen for this area from the setting's evidence, beside the notes written in the form.
    public EvidenceList ChosenEvidence { get; private set; } = null!;

    /// Parents' and staff's views and the LA's comments, beside the form.
    public EvaluationFeedback Feedback { get; private set; } = EvaluationFeedback.None;

    public async Task<IActionResult> OnGetAsync(int id, string area, CancellationToken cancellationToken)
    {
        if (!await LoadAreaAsync(id, area, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Redirect($"/self-evaluations/{Draft!.Id}#area-{area}");
        var entry = Draft!.Area(area);
        Strengths = entry.Strengths;
        Evidence = entry.Evidence;
        ForDevelopment = entry.ForDevelopment;
        Grade = entry.Grade;
        Version = Draft.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string area, CancellationToken cancellationToken)
    {
        if (!await LoadAreaAsync(id, area, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        foreach (var (value, name, label) in new[] { (Strengths, nameof(Strengths), "Strengths"), (Evidence, nameof(Evidence), "Evidence"), (ForDevelopment, nameof(ForDevelopment), "Areas for development") })
        {
            if (value?.Length > AreaEvaluation.TextMaxLength)
                ModelState.AddModelError(name, $"{label} must be {AreaEvaluation.TextMaxLength:N0} characters or fewer");
        }

        if (!string.IsNullOrEmpty(Grade) && Framework.ScaleFor(area).Find(Grade) is null)
            ModelState.AddModelError(nameof(Grade), "Select a grade from the list");
        if (!ModelState.IsValid)
            return Page();

        Draft!.Record(area, Strengths, Evidence, ForDevelopment, Grade);
        Db.Entry(Draft).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved the draft meanwhile: show this person's own words back with the newer version.
            Db.ChangeTracker.Clear();
            await LoadAreaAsync(id, area, cancellationToken);
            Version = Draft?.Version ?? 0;
            // The hidden field would otherwise show the posted (stale) version again and refuse the next save too.
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(nameof(Strengths), "Someone else saved this self-evaluation while you had it open. Your answers are below: check them and save again.");
            return Page();
        }

        TempData["Message"] = $"{Area.Name} saved";
        return Redirect($"/settings/{id}/self-evaluation");
    }

    private async Task<bool> LoadAreaAsync(int id, string area, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Draft is null)
            return false;
        Framework = FrameworkOf(Draft);
        if (Framework.FindArea(area) is not { } found || Draft.Areas.All(a => a.AreaCode != area))
            return false;
        Area = found;
        var entry = Draft.Area(area);
        ChosenEvidence = EvidenceList.ForArea((await evidence.ByAreaAsync([entry.Id], cancellationToken)).GetValueOrDefault(entry.Id) ?? [], Today, id, entry, CanEdit);
        Guidance = await Db.AreaGuidance.Where(g => g.TenantId == Setting.TenantId && g.FrameworkCode == Framework.Code && g.AreaCode == area)
            .Select(g => g.Text).FirstOrDefaultAsync(cancellationToken) ?? found.Guidance;
        GradeItems = [new SelectListItem("Not decided yet", ""), .. Framework.ScaleFor(area).Values.Select(v => new SelectListItem(v.Label, v.Code))];
        Feedback = await EvaluationFeedbackReader.LoadAsync(Db, Draft.Id, cancellationToken);
        return true;
    }
}
