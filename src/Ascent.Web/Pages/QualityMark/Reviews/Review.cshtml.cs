using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Reviews;

/// The coordinator records a review's outcome: passed, or not passed with the reason (the accreditation lapses).
public sealed class ReviewModel(AppDbContext db, AccreditationEnds ends) : PageModel
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public AccreditationReview Review { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public static IEnumerable<SelectListItem> OutcomeItems { get; } =
        [new("Passed", "passed"), new("Not passed: the accreditation lapses", "not-passed")];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Input.Version = Review.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Input.Outcome is not ("passed" or "not-passed"))
            ModelState.AddModelError("Input.Outcome", "Select whether the review was passed");
        else if (Input.Outcome == "not-passed" && string.IsNullOrWhiteSpace(Input.Note))
            ModelState.AddModelError("Input.Note", "Enter why the review was not passed");
        if (Input.Note?.Length > AccreditationReview.NoteMaxLength)
            ModelState.AddModelError("Input.Note", $"The note must be {AccreditationReview.NoteMaxLength:#,0} characters or fewer");
        if (ModelState.IsValid && await ends.RecordReviewAsync(id, Input.Version, Input.Outcome == "passed", Input.Note ?? "", cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove("Input.Version");
            await LoadAsync(id, cancellationToken);
            Input.Version = Review.Version;
        }

        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = $"The {Review.Label.ToLowerInvariant()} of {SettingName} is recorded";
        return Redirect($"/quality-mark/accreditations/{Review.AccreditationId}/decision");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var review = await db.AccreditationReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
            return false;
        Review = review;
        SettingName = await db.Settings.Where(s => s.Id == review.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
        return true;
    }
}

public sealed class ReviewInput
{
    public int Version { get; set; }

    public string? Outcome { get; set; }

    public string? Note { get; set; }
}
