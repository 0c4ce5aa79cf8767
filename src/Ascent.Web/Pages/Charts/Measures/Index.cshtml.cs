using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Charts.Measures;

/// A setting's own measure and its values: enter a value for a date (a value already there for that date is
/// replaced), or remove one.
public sealed class IndexModel(AppDbContext db, TimeProvider time) : ChartsPage(db, time)
{
    [BindProperty]
    public DateInput Date { get; set; } = new();

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Numerator { get; set; }

    [BindProperty]
    public string? Denominator { get; set; }

    [BindProperty]
    public string? Remove { get; set; }

    public Measure Measure { get; private set; } = null!;

    public bool NeedsCounts => Measure.Chart is ChartKind.P or ChartKind.U;

    public async Task<IActionResult> OnGetAsync(int id, int measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
            return NotFound();
        Date = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
            return NotFound();
        if (!Date.TryGetDate(out var date))
            ModelState.AddModelError(nameof(Date), "Enter the date of the value, for example 30 9 2026");
        var value = Number(nameof(Value), Value);
        var numerator = Number(nameof(Numerator), Numerator);
        var denominator = Number(nameof(Denominator), Denominator);
        if (!ModelState.IsValid)
            return Page();
        var (kept, error) = MeasureValueRules.Check(Measure.Chart, NeedsCounts ? null : value, numerator, denominator);
        if (error is not null)
        {
            ModelState.AddModelError(NeedsCounts ? nameof(Numerator) : nameof(Value), error);
            return Page();
        }

        Measure.Record(date, kept, NeedsCounts ? numerator : null, NeedsCounts ? denominator : null);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Value for {Format.Date(date)} saved";
        return Redirect($"/settings/{id}/charts/measures/{measureId}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measureId, cancellationToken))
            return NotFound();
        if (!DateOnly.TryParseExact(Remove, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || !Measure.Remove(date))
            return NotFound();
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Value for {Format.Date(date)} removed";
        return Redirect($"/settings/{id}/charts/measures/{measureId}");
    }

    private async Task<bool> LoadAsync(int id, int measureId, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken) || !CanChange)
            return false;
        var measure = await Db.Measures.Include(m => m.Values).FirstOrDefaultAsync(m => m.Id == measureId && m.SettingId == id, cancellationToken);
        if (measure is null)
            return false;
        Measure = measure;
        return true;
    }

    private decimal? Number(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) <= MeasureValueRules.Largest)
            return number;
        ModelState.AddModelError(field, "Enter a number, like 12 or 3.5");
        return null;
    }
}
