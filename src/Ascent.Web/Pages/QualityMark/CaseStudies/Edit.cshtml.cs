using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.QualityMark.CaseStudies;

/// The setting changes its draft case study: its sections, new files and files taken off.
public sealed class EditModel(AppDbContext db, TimeProvider time) : CaseStudyForm(db, time)
{
    [BindProperty]
    public List<int> Remove { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int caseStudyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseStudyId, false, cancellationToken))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        if (Study!.IsSubmitted)
            return Redirect(StudyHref);
        Fill(Study);
        Version = Study.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int caseStudyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseStudyId, true, cancellationToken))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        var study = Study!;
        if (study.IsSubmitted)
            ModelState.AddModelError(nameof(Title), "This case study has been submitted to the evaluator: it no longer changes");
        var removing = study.Attachments.Where(a => Remove.Contains(a.Id)).ToList();
        var files = await CheckAsync(study.Attachments.Count - removing.Count, cancellationToken);
        if (!ModelState.IsValid)
            return Page();

        var by = Db.CurrentUser.DisplayName;
        study.Write(Text, by, Time.GetUtcNow());
        foreach (var attachment in removing)
            study.Detach(attachment, by, Time.GetUtcNow());
        await AttachAsync(study, files, cancellationToken);
        if (!await SaveAsync(nameof(Title), cancellationToken))
            return Page();
        TempData["Message"] = "Case study saved.";
        return Redirect(StudyHref);
    }
}
