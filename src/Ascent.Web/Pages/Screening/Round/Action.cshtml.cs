using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Round;

/// Adds an action point after a round: for one child of the round (their own, the setting's alone) or, with no
/// child, for the whole room. The setting's own staff only.
public sealed class ActionModel(AppDbContext db, TimeProvider time) : ScreeningPage(db, time)
{
    [BindProperty(SupportsGet = true)]
    public int? Child { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ByWhom { get; set; }

    [BindProperty]
    public DateInput ReviewOn { get; set; } = new();

    public ScreenedChild? ForChild { get; private set; }

    public ChildScore? Score { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ReviewOn = DateInput.From(Today.AddDays(42));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var text = Text?.Trim() ?? "";
        var byWhom = ByWhom?.Trim() ?? "";
        if (text.Length == 0)
            ModelState.AddModelError(nameof(Text), "Enter what will be done");
        else if (text.Length > ScreeningActionPoint.TextMaxLength)
            ModelState.AddModelError(nameof(Text), $"The action point must be {ScreeningActionPoint.TextMaxLength:N0} characters or fewer");
        if (byWhom.Length == 0)
            ModelState.AddModelError(nameof(ByWhom), "Enter who will do it");
        else if (byWhom.Length > ScreeningActionPoint.ByWhomMaxLength)
            ModelState.AddModelError(nameof(ByWhom), $"Who will do it must be {ScreeningActionPoint.ByWhomMaxLength} characters or fewer");
        if (!ReviewOn.TryGetDate(out var reviewOn))
            ModelState.AddModelError(nameof(ReviewOn), "Enter the review date as a real date, like 8 1 2027");
        else if (reviewOn < Round.HeldOn || reviewOn > Today.AddYears(2))
            ModelState.AddModelError(nameof(ReviewOn), "The review date must be after the round and within the next two years");
        if (!ModelState.IsValid)
            return Page();
        var by = Db.CurrentUser.DisplayName;
        if (ForChild is null)
            Db.RoomActionPoints.Add(new RoomActionPoint(Round, text, byWhom, reviewOn, by, Time.GetUtcNow()));
        else
            Db.ChildActionPoints.Add(new ChildActionPoint(Round, ForChild, text, byWhom, reviewOn, by, Time.GetUtcNow()));
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = ForChild is null ? "Action point added for the room" : $"Action point added for {ForChild.Code}";
        return Redirect($"/screening/rounds/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(id, cancellationToken) || !CanEdit)
            return false;
        if (Child is null)
            return true;
        Score = await Db.ChildScores.AsNoTracking().FirstOrDefaultAsync(s => s.RoundId == id && s.ChildId == Child, cancellationToken);
        ForChild = Score is null ? null : await Db.ScreenedChildren.FirstOrDefaultAsync(c => c.Id == Child, cancellationToken);
        return ForChild is not null;
    }
}
