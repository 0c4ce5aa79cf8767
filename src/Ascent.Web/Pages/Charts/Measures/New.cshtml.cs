using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Charts.Measures;

/// A setting's own measure: its name, what it counts, the chart it is drawn on and an optional baseline.
public sealed class NewModel(AppDbContext db, TimeProvider time) : ChartsPage(db, time)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Kind { get; set; } = "run";

    [BindProperty]
    public string? BaselinePoints { get; set; }

    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [.. Enum.GetValues<ChartKind>().Select(k => new SelectListItem(MeasureValueRules.KindName(k), MeasureValueRules.KindCode(k)))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        return CanChange ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        if (!CanChange)
            return Forbid();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
            ModelState.AddModelError(nameof(Name), "Enter a name for the measure");
        else if (name.Length > Measure.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {Measure.NameMaxLength} characters or fewer");
        else if (await Db.Measures.AnyAsync(m => m.SettingId == id && m.Name == name, cancellationToken))
            ModelState.AddModelError(nameof(Name), "The setting already has a measure with this name");
        if ((Description?.Trim().Length ?? 0) > Measure.DescriptionMaxLength)
            ModelState.AddModelError(nameof(Description), $"The description must be {Measure.DescriptionMaxLength} characters or fewer");
        var kind = MeasureValueRules.ParseKind(Kind ?? "x");
        if (kind is null)
            ModelState.AddModelError(nameof(Kind), "Choose the kind of chart");
        int? baseline = null;
        if (!string.IsNullOrWhiteSpace(BaselinePoints))
        {
            if (int.TryParse(BaselinePoints.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= ChartOptions.MaxBaselinePoints)
                baseline = n;
            else
                ModelState.AddModelError(nameof(BaselinePoints), $"The baseline must be a whole number of points from 1 to {ChartOptions.MaxBaselinePoints}, or empty");
        }

        if (!ModelState.IsValid)
            return Page();
        var measure = new Measure(Setting, name, Description ?? "", kind!.Value, baseline);
        Db.Measures.Add(measure);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"“{measure.Name}” added: enter its values";
        return Redirect($"/settings/{id}/charts/measures/{measure.Id}");
    }
}
