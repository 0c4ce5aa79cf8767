using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Audits;

/// One observer's sheet, a subscale per page (a checklist on one page). Without JavaScript each page saves with
/// "Save and continue" or "Save and go back"; with it, every change is also saved as it is made (Autosave, JSON).
/// Only the sheet's observer writes on it; in a joint observation the other sees it once both sheets are complete.
public sealed class SheetModel(AppDbContext db, AuditWork work, AuditSheetWork sheets, TimeProvider time) : AuditPage(db, work)
{
    [BindProperty(SupportsGet = true)] public int Part { get; set; }
    [BindProperty] public List<ItemInput> Items { get; set; } = [];
    [BindProperty] public string? Go { get; set; }

    public AuditSheet Sheet { get; private set; } = null!;

    public bool Hidden { get; private set; }

    public bool MayEdit => Sheet == MySheet && !Audit.IsLocked && Sheet.CompletedAt is null;

    /// A rating scale's subscales one per page; a checklist's all on one.
    public IReadOnlyList<IReadOnlyList<Subscale>> Parts =>
        Instrument.Scoring == ScoringRule.Checklist ? [Instrument.Subscales] : [.. Instrument.Subscales.Select(s => (IReadOnlyList<Subscale>)[s])];

    public IReadOnlyList<Subscale> Current => Parts[Part];

    public int Answered => AuditSheets.Answered(Instrument, Sheet);

    public int ItemCount => Instrument.Items.Count();

    public bool TicksIndicators => Audit.Mode == AuditMode.Indicators;

    public ItemState State(InstrumentItem item) => AuditSheets.State(Instrument, Sheet, item);

    public async Task<IActionResult> OnGetAsync(int id, int sheetId, CancellationToken cancellationToken)
    {
        if (!await LoadSheetAsync(id, sheetId, cancellationToken))
            return NotFound();
        Items = [.. Current.SelectMany(s => s.Items).Select(i => ItemInput.From(State(i), Sheet))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int sheetId, CancellationToken cancellationToken)
    {
        if (!await LoadSheetAsync(id, sheetId, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        if (!ModelState.IsValid)
            return Page();
        var result = await sheets.SaveAsync(Instrument, Sheet, [.. Items.Select(i => i.ToEntry())], cancellationToken);
        if (!result.Succeeded)
        {
            ItemChoices.AddErrors(ModelState, Items, result);
            return Page();
        }

        if (Go == "next" && Part + 1 < Parts.Count)
            return Redirect($"/audits/{id}/sheets/{sheetId}?part={Part + 1}");
        if (Go == "back" && Part > 0)
            return Redirect($"/audits/{id}/sheets/{sheetId}?part={Part - 1}");
        TempData["Message"] = "Your answers are saved";
        return Redirect($"/audits/{id}");
    }

    /// One item saved as it changes, for the page's script: JSON back, 409 when someone changed the item elsewhere.
    public async Task<IActionResult> OnPostAutosaveAsync(int id, int sheetId, CancellationToken cancellationToken)
    {
        if (!await LoadSheetAsync(id, sheetId, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return new JsonResult(new { saved = false, errors = new[] { new { number = "", message = "This sheet can no longer be changed: it is complete, finished or not yours" } } }) { StatusCode = StatusCodes.Status403Forbidden };
        if (!ModelState.IsValid)
            return new JsonResult(new { saved = false, errors = new[] { new { number = "", message = "Ascent could not read what was sent: reload the page" } } }) { StatusCode = StatusCodes.Status400BadRequest };
        var result = await sheets.SaveAsync(Instrument, Sheet, [.. Items.Select(i => i.ToEntry())], cancellationToken);
        if (result.Errors.Count > 0)
            return new JsonResult(new { saved = false, errors = result.Errors.Select(e => new { number = e.Number, message = e.Message }) }) { StatusCode = StatusCodes.Status400BadRequest };
        if (result.Conflicts.Count > 0)
            return new JsonResult(new { saved = false, conflicts = result.Conflicts }) { StatusCode = StatusCodes.Status409Conflict };
        return new JsonResult(new { saved = true, savedAt = Format.Time(time.GetUtcNow()), answered = Answered, total = ItemCount, items = result.Saved });
    }

    public async Task<IActionResult> OnPostCompleteAsync(int id, int sheetId, CancellationToken cancellationToken)
    {
        if (!await LoadSheetAsync(id, sheetId, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        var missing = AuditScoring.Missing(Instrument, AuditScoring.AnswersOf(Sheet));
        if (missing.Count > 0)
        {
            foreach (var item in missing)
                ModelState.AddModelError(string.Empty, $"{ItemAnswer.Name(item)}, is not answered yet");
            Items = [.. Current.SelectMany(s => s.Items).Select(i => ItemInput.From(State(i), Sheet))];
            return Page();
        }

        await sheets.CompleteAsync(Sheet, true, cancellationToken);
        TempData["Message"] = "Your sheet is complete";
        return Redirect($"/audits/{id}");
    }

    /// Takes a completed sheet back, while the other observer has not completed theirs (so neither has seen the other's).
    public async Task<IActionResult> OnPostReopenAsync(int id, int sheetId, CancellationToken cancellationToken)
    {
        if (!await LoadSheetAsync(id, sheetId, cancellationToken))
            return NotFound();
        if (!MayReopen)
            return Forbid();
        await sheets.CompleteAsync(Sheet, false, cancellationToken);
        return Redirect($"/audits/{id}/sheets/{sheetId}");
    }

    public bool MayReopen => Sheet == MySheet && !Audit.IsLocked && Sheet.CompletedAt is not null && !AuditSheets.BothComplete(Audit);

    private async Task<bool> LoadSheetAsync(int id, int sheetId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Audit.Sheets.FirstOrDefault(s => s.Id == sheetId && s.Kind == SheetKind.Observer) is not { } sheet)
            return false;
        Sheet = sheet;
        Hidden = !MayRead(sheet);
        Part = Math.Clamp(Part, 0, Parts.Count - 1);
        return true;
    }
}
