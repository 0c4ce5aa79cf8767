using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.QualityMark.CaseStudies;

/// A case study as its readers see it: the setting (which changes its draft and submits it), the LA, and the
/// evaluator, who comments once it is submitted; the setting reads the comments here.
public sealed class IndexModel(AppDbContext db, TimeProvider time) : CaseStudyPage(db, time)
{
    [BindProperty]
    public string? CommentText { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int caseStudyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseStudyId, false, cancellationToken))
            return NotFound();
        Version = Study!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, int caseStudyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseStudyId, false, cancellationToken))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        var study = Study!;
        if (study.IsSubmitted)
            ModelState.AddModelError(nameof(Version), "This case study has already been submitted to the evaluator");
        else if (study.Missing() is { Count: > 0 } missing)
            ModelState.AddModelError(nameof(Version), $"Write {string.Join(", ", missing)} before you submit the case study");
        if (!ModelState.IsValid)
            return Page();

        study.Submit(Db.CurrentUser.DisplayName, Time.Today(), Time.GetUtcNow());
        if (!await SaveAsync(nameof(Version), cancellationToken))
            return await ReloadAsync(id, caseStudyId, cancellationToken);
        TempData["Message"] = "Case study submitted to the evaluator.";
        return Redirect(StudyHref);
    }

    public async Task<IActionResult> OnPostCommentAsync(int id, int caseStudyId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, caseStudyId, false, cancellationToken))
            return NotFound();
        if (!MayEvaluate)
            return Forbid();
        var study = Study!;
        if (!study.IsSubmitted)
            ModelState.AddModelError(nameof(CommentText), "You can comment once the setting has submitted the case study");
        else if (string.IsNullOrWhiteSpace(CommentText))
            ModelState.AddModelError(nameof(CommentText), "Enter your comment");
        else if (CommentText.Trim().Length > CaseStudyComment.TextMaxLength)
            ModelState.AddModelError(nameof(CommentText), $"Your comment must be {CaseStudyComment.TextMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        study.Comment(CommentText!, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        if (!await SaveAsync(nameof(CommentText), cancellationToken))
            return await ReloadAsync(id, caseStudyId, cancellationToken);
        TempData["Message"] = "Your comment is saved. The setting can read it.";
        return Redirect(StudyHref);
    }

    private async Task<IActionResult> ReloadAsync(int id, int caseStudyId, CancellationToken cancellationToken)
    {
        var errors = ModelState.Where(e => e.Value?.Errors.Count > 0).SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage))).ToList();
        if (!await LoadAsync(id, caseStudyId, false, cancellationToken))
            return NotFound();
        ModelState.Remove(nameof(Version));
        foreach (var (key, message) in errors)
            ModelState.AddModelError(key, message);
        Version = Study!.Version;
        return Page();
    }
}
