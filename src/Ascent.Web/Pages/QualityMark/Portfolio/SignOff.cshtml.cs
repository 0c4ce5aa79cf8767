using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Portfolio;

/// The evaluator allocated to the setting (or a coordinator) signs a requirement off, or clears the sign-off, with a
/// comment the setting reads. The form carries the sign-off's Version, so a second evaluator's change is not lost.
public sealed class SignOffModel(AppDbContext db, Services.QualityMark.Portfolio portfolio) : PageModel
{
    public const string Yes = "yes";
    public const string No = "no";

    public PortfolioView View { get; private set; } = null!;

    public RequirementResult Result { get; private set; } = null!;

    [BindProperty]
    public string? SignedOff { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<SelectListItem> Choices { get; } =
    [
        new("Yes, the requirement is met", Yes),
        new("No, not signed off", No),
    ];

    public async Task<IActionResult> OnGetAsync(int id, string stage, string requirement, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, stage, requirement, cancellationToken) is { } refused)
            return refused;
        SignedOff = Result.SignOff is { } mark ? (mark.SignedOff ? Yes : No) : null;
        Comment = Result.SignOff?.Comment;
        Version = Result.SignOff?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string stage, string requirement, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, stage, requirement, cancellationToken) is { } refused)
            return refused;
        if (SignedOff is not (Yes or No))
            ModelState.AddModelError(nameof(SignedOff), "Select whether the requirement is signed off");
        if (Comment?.Length > RequirementSignOff.CommentMaxLength)
            ModelState.AddModelError(nameof(Comment), $"The comment must be {RequirementSignOff.CommentMaxLength:N0} characters or fewer");
        else if (SignedOff == No && Result.SignOff?.SignedOff == true && string.IsNullOrWhiteSpace(Comment))
            ModelState.AddModelError(nameof(Comment), "Say why the sign-off is cleared");
        if (!ModelState.IsValid)
            return Page();

        var outcome = await portfolio.SignOffAsync(View, Result.Requirement, SignedOff == Yes, Comment, Version, cancellationToken);
        if (outcome == SignOffOutcome.Conflict)
        {
            await LoadAsync(id, stage, requirement, cancellationToken);
            // Show the sign-off as it is now, not as posted, with the Version to save over it.
            foreach (var field in new[] { nameof(SignedOff), nameof(Comment), nameof(Version) })
                ModelState.Remove(field);
            SignedOff = Result.SignOff is { } mark ? (mark.SignedOff ? Yes : No) : null;
            Comment = Result.SignOff?.Comment;
            Version = Result.SignOff?.Version ?? 0;
            ModelState.AddModelError(nameof(SignedOff), "Someone else changed this sign-off while you had it open. It is shown as it is now: check it and save again");
            return Page();
        }

        TempData["Message"] = outcome == SignOffOutcome.Unchanged ? "Nothing changed."
            : SignedOff == Yes ? $"Signed off: {Result.Requirement.Name}" : $"Not signed off: {Result.Requirement.Name}";
        return Redirect(BackHref);
    }

    public string BackHref => $"/quality-mark/accreditations/{View.Accreditation.Id}/portfolio" + (View.Stage.IsAccreditation ? "" : "/" + View.Stage.Slug);

    private async Task<IActionResult?> LoadAsync(int id, string stage, string requirement, CancellationToken cancellationToken)
    {
        if (await portfolio.LoadAsync(id, stage, cancellationToken) is not { } view || view.Find(requirement) is not { } result)
            return NotFound();
        View = view;
        Result = result;
        return Services.QualityMark.Portfolio.MayEvaluate(db.CurrentUser, view.Accreditation) ? null : Forbid();
    }
}
