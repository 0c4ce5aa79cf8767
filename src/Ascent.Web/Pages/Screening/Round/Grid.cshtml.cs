using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Services.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Round;

/// The fast entry grid: one row per child of the room, well-being then involvement, saved for the whole room in
/// one POST. Any bad value names the child and the scale and nothing is saved. For the setting's own staff only:
/// anyone else gets "not found".
public sealed class GridModel(AppDbContext db, TimeProvider time, ScreeningService screening) : ScreeningPage(db, time)
{
    [BindProperty]
    public List<GridInput> Rows { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public Dictionary<int, ScreenedChild> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var scores = await Db.ChildScores.AsNoTracking().Where(s => s.RoundId == id).ToDictionaryAsync(s => s.ChildId, cancellationToken);
        Rows = [.. Children.Values.Select(c => new GridInput
        {
            ChildId = c.Id,
            WellBeing = scores.TryGetValue(c.Id, out var s) ? Digit(s.WellBeing) : null,
            Involvement = scores.TryGetValue(c.Id, out var t) ? Digit(t.Involvement) : null,
        })];
        Version = Round.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Rows.Any(r => !Children.ContainsKey(r.ChildId)) || Children.Keys.Any(k => Rows.All(r => r.ChildId != k)))
        {
            // What was typed cannot be matched to the room's children any more: show the room as it is now.
            ModelState.Clear();
            Rows = [.. Children.Values.Select(c => new GridInput { ChildId = c.Id })];
            ModelState.AddModelError(string.Empty, "The room's children have changed since the grid was opened. Nothing was saved: enter the scores again");
            return Page();
        }

        var result = ScreeningGrid.Read([.. Rows.Select(r => new GridLine(r.ChildId, Children[r.ChildId].Code, r.WellBeing, r.Involvement))]);
        foreach (var problem in result.Problems)
        {
            var index = Rows.FindIndex(r => r.ChildId == problem.ChildId);
            var key = problem.Scale switch
            {
                GridScale.WellBeing => $"Rows[{index}].WellBeing",
                GridScale.Involvement => $"Rows[{index}].Involvement",
                _ => $"Rows[{index}].WellBeing",
            };
            ModelState.AddModelError(key, problem.Message);
        }

        if (!ModelState.IsValid)
            return Page();
        Db.Entry(Round).Property(r => r.Version).OriginalValue = Version;
        try
        {
            await screening.SaveGridAsync(Round, Children, result.Scores, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved this round's grid meanwhile (the round's version, or a child's score twice): nothing of
            // this one was saved.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Someone else saved scores for this round while you were entering yours. Nothing was saved: open the grid again to see theirs");
            return Page();
        }

        TempData["Message"] = result.Scores.Count == 1 ? "Scores saved for 1 child" : $"Scores saved for {result.Scores.Count} children";
        return Redirect($"/screening/rounds/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(id, cancellationToken) || !CanEdit)
            return false;
        Children = (await screening.GridChildrenAsync(Round, cancellationToken)).ToDictionary(c => c.Id);
        return true;
    }

    private static string Digit(int level) => level.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class GridInput
{
    public int ChildId { get; set; }

    public string? WellBeing { get; set; }

    public string? Involvement { get; set; }
}
