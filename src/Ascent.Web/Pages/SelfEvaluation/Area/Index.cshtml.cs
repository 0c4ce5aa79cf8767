using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Evidence;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Area;

/// One framework area of the draft self-evaluation: strengths, a note on the evidence chosen for it, areas for
/// development and a grade, with the framework's guidance beside the form. The area has its own version: a save of
/// another area never refuses this form, and a save of this one since it was opened is named, with what it wrote.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, EvidenceService evidence) : SelfEvaluationPage(db, time, frameworks)
{
    [BindProperty]
    public string? Strengths { get; set; }

    [BindProperty]
    public string? EvidenceNote { get; set; }

    [BindProperty]
    public string? ForDevelopment { get; set; }

    [BindProperty]
    public string? Grade { get; set; }

    /// Ticked once the earlier free-text evidence has been moved into the evidence library.
    [BindProperty]
    public bool RemoveEarlierEvidence { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public FrameworkArea Area { get; private set; } = null!;

    public Framework Framework { get; private set; } = null!;

    public AreaEvaluation Entry { get; private set; } = null!;

    /// The LA's own guidance for the area if it has written one, else Ascent's from the framework file.
    public string? Guidance { get; private set; }

    public IReadOnlyList<SelectListItem> GradeItems { get; private set; } = [];

    /// The evidence chosen for this area from the setting's evidence library.
    public EvidenceList ChosenEvidence { get; private set; } = null!;

    /// Parents' and staff's views and the LA's comments, beside the form.
    public EvaluationFeedback Feedback { get; private set; } = EvaluationFeedback.None;

    /// What the save that clashed with this person's wrote, shown beside their own words; null without a clash.
    public AreaEvaluation? Clashed { get; private set; }

    public string ClashHeading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string area, CancellationToken cancellationToken)
    {
        if (!await LoadAreaAsync(id, area, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Redirect($"/self-evaluations/{Draft!.Id}#area-{area}");
        Strengths = Entry.Strengths;
        EvidenceNote = Entry.EvidenceNote;
        ForDevelopment = Entry.ForDevelopment;
        Grade = Entry.Grade;
        Version = Entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string area, CancellationToken cancellationToken)
    {
        if (!await LoadAreaAsync(id, area, cancellationToken))
            return await FinishedMeanwhileAsync(id, cancellationToken);
        if (!CanEdit)
            return Forbid();
        foreach (var (value, name, label) in new[] { (Strengths, nameof(Strengths), "Strengths"), (ForDevelopment, nameof(ForDevelopment), "Areas for development") })
        {
            if (value?.Length > AreaEvaluation.TextMaxLength)
                ModelState.AddModelError(name, $"{label} must be {AreaEvaluation.TextMaxLength:N0} characters or fewer");
        }

        if (EvidenceNote?.Trim().Length > AreaEvaluation.EvidenceNoteMaxLength)
            ModelState.AddModelError(nameof(EvidenceNote), $"The evidence note must be {AreaEvaluation.EvidenceNoteMaxLength:N0} characters or fewer. Add longer evidence to your evidence and choose it for this area");
        if (!string.IsNullOrEmpty(Grade) && Framework.ScaleFor(area).Find(Grade) is null)
            ModelState.AddModelError(nameof(Grade), "Select a grade from the list");
        if (!ModelState.IsValid)
            return Page();
        if (AreaClash.Between(Entry, Version, Db.CurrentUser.UserId) is { } clash)
            return Clash(clash);

        Draft!.Record(area, new AreaAnswers(Strengths, EvidenceNote, ForDevelopment, Grade, RemoveEarlierEvidence),
            new AreaSave(Db.CurrentUser.UserId, Db.CurrentUser.DisplayName, Time.GetUtcNow()));
        Db.Entry(Entry).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between reading the area and writing it: the same answer as above, from the row.
            Db.ChangeTracker.Clear();
            if (!await LoadAreaAsync(id, area, cancellationToken))
                return await FinishedMeanwhileAsync(id, cancellationToken);
            return Clash(AreaClash.Between(Entry, Version, Db.CurrentUser.UserId) ?? new AreaClash(false, null, null));
        }

        TempData["Message"] = $"{Area.Name} saved";
        return Redirect($"/settings/{id}/self-evaluation");
    }

    // The person's own words stay in the form (they are what was posted); what the other save wrote is shown beside
    // them, and the form now carries the area's current version, so saving again replaces it on purpose.
    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Clash(AreaClash clash)
    {
        Clashed = Entry;
        ClashHeading = clash.ByYou ? "What you saved in the other tab or window" : $"What {clash.By ?? "the other person"} saved";
        Version = Entry.Version;
        ModelState.Remove(nameof(Version));
        var saved = clash.Saved("this area", at => Format.TimeOrDate(at, Time.GetUtcNow()));
        ModelState.AddModelError(nameof(Strengths), $"{saved}, after you opened it. Your answers are below and have not been saved: check them against that save and save again");
        return Page();
    }

    // The area's self-evaluation is no longer a draft (finished since the form was opened), or was never there.
    private async Task<IActionResult> FinishedMeanwhileAsync(int id, CancellationToken cancellationToken)
    {
        // Setting is null when the setting itself was not found (another LA's or setting's).
        if (Draft is not null || Setting is null)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var finished = await Db.SelfEvaluations.AsNoTracking().Where(e => e.SettingId == id && e.FinishedOn != null)
            .OrderByDescending(e => e.FinishedOn).ThenByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        if (finished is null)
            return NotFound();
        TempData["Message"] = $"{finished.FinishedBy} finished this self-evaluation on {Format.Date(finished.FinishedOn)}, so your changes were not saved. Start the next self-evaluation to record them";
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
        Entry = Draft.Area(area);
        ChosenEvidence = EvidenceList.ForArea((await evidence.ByAreaAsync([Entry.Id], cancellationToken)).GetValueOrDefault(Entry.Id) ?? [], Today, id, Entry, CanEdit);
        Guidance = await Db.AreaGuidance.Where(g => g.TenantId == Setting.TenantId && g.FrameworkCode == Framework.Code && g.AreaCode == area)
            .Select(g => g.Text).FirstOrDefaultAsync(cancellationToken) ?? found.Guidance;
        GradeItems = [new SelectListItem("Not decided yet", ""), .. Framework.ScaleFor(area).Values.Select(v => new SelectListItem(v.Label, v.Code))];
        Feedback = await EvaluationFeedbackReader.LoadAsync(Db, Draft.Id, cancellationToken);
        return true;
    }
}
