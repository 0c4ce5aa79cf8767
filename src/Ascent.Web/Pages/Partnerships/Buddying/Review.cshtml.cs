using Ascent.Web.Domain.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// The outcome review at the end of a pairing: for each goal, met, partly met or not met and what changed, and a
/// sentence on the whole. Saving it ends the pairing.
public sealed class ReviewModel(Services.Partnerships.Buddying buddying) : PageModel
{
    public BuddyPairing Pairing { get; private set; } = null!;

    /// One result (Met, PartlyMet, NotMet) a goal, in the pairing's order of goals.
    [BindProperty]
    public List<string?> Results { get; set; } = [];

    [BindProperty]
    public List<string?> Changes { get; set; } = [];

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public static IReadOnlyList<SelectListItem> ResultItems { get; } =
    [
        new("Met", nameof(BuddyGoalResult.Met)),
        new("Partly met", nameof(BuddyGoalResult.PartlyMet)),
        new("Not met", nameof(BuddyGoalResult.NotMet)),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await buddying.FindAsync(id, cancellationToken) is not { } pairing)
            return NotFound();
        Pairing = pairing;
        Version = pairing.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await buddying.FindAsync(id, cancellationToken) is not { } pairing)
            return NotFound();
        Pairing = pairing;
        var reviews = new List<GoalReview>();
        for (var i = 0; i < pairing.Goals.Count; i++)
        {
            var result = i < Results.Count && Enum.TryParse<BuddyGoalResult>(Results[i], out var r) && Enum.IsDefined(r) && Results[i] == r.ToString() ? r : (BuddyGoalResult?)null;
            var change = i < Changes.Count ? Changes[i]?.Trim() : null;
            if (result is null)
                ModelState.AddModelError($"{nameof(Results)}[{i}]", $"Say whether the goal \"{pairing.Goals[i].Outcome}\" was met");
            if (string.IsNullOrWhiteSpace(change))
                ModelState.AddModelError($"{nameof(Changes)}[{i}]", "Enter what changed for this goal");
            else if (change.Length > BuddyGoal.ChangeMaxLength)
                ModelState.AddModelError($"{nameof(Changes)}[{i}]", $"What changed must be {BuddyGoal.ChangeMaxLength:#,0} characters or fewer");
            if (result is { } met && !string.IsNullOrWhiteSpace(change))
                reviews.Add(new GoalReview(pairing.Goals[i].Id, met, change));
        }

        if (string.IsNullOrWhiteSpace(Summary))
            ModelState.AddModelError(nameof(Summary), "Enter a sentence on what the pairing achieved");
        else if (Summary.Trim().Length > BuddyPairing.SummaryMaxLength)
            ModelState.AddModelError(nameof(Summary), $"The summary must be {BuddyPairing.SummaryMaxLength:#,0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        if (await buddying.ReviewAsync(id, Version, reviews, Summary!, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(nameof(Summary), refused);
            return Page();
        }

        TempData["Message"] = "The pairing is reviewed and has ended";
        return Redirect($"/buddying/{id}#review");
    }
}
