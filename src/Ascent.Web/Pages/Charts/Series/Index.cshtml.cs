using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Charts;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Charts.Series;

/// One chart with its controls: the kind of chart, a baseline of N points, leaving a value out (with a reason) or
/// putting it back, starting a new phase at a marked change, and marking a change ("a goal started", "a training day").
public sealed partial class IndexModel(AppDbContext db, TimeProvider time, SettingCharts charts, ChartControlsService controls) : ChartsPage(db, time)
{
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? BaselinePoints { get; set; }

    [BindProperty]
    public string? Point { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int? AnnotationId { get; set; }

    [BindProperty]
    public DateInput AnnotationDate { get; set; } = new();

    [BindProperty]
    public string? AnnotationText { get; set; }

    [BindProperty]
    public bool OnEveryChart { get; set; }

    public SettingChart Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Kind = MeasureValueRules.KindCode(Chart.Chart.Kind);
        BaselinePoints = Chart.Chart.Options.BaselinePoints?.ToString(CultureInfo.InvariantCulture);
        AnnotationDate = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var file = new MemoryStream();
        await ChartCsv.WriteAsync([Chart], file, cancellationToken);
        return File(file.ToArray(), "text/csv; charset=utf-8", $"chart-{Setting.Reference}-{Slug(Chart.Name)}.csv");
    }

    public Task<IActionResult> OnPostDrawAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, () =>
    {
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

        return ModelState.IsValid
            ? (ct => controls.DrawAsync(Setting, Chart, kind!.Value, baseline, ct), $"Chart changed to {MeasureValueRules.KindInSentence(kind!.Value)}{(baseline is { } b ? $" with a baseline of {b} points" : "")}")
            : default;
    }, cancellationToken);

    public Task<IActionResult> OnPostExcludeAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, () =>
    {
        var point = PointOf(Point);
        if (point is null || point.Excluded)
            ModelState.AddModelError(nameof(Point), "Choose a value to leave out");
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), "Enter why the value is left out");
        else if (Reason.Trim().Length > ChartOptions.ReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), $"The reason must be {ChartOptions.ReasonMaxLength} characters or fewer");
        return ModelState.IsValid ? (ct => controls.ExcludeAsync(Setting, Chart, point!.Date, Reason!.Trim(), ct), $"The value of {Format.Date(point!.Date)} is left out of the calculations") : default;
    }, cancellationToken);

    public Task<IActionResult> OnPostIncludeAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, () =>
        PointOf(Point) is { Excluded: true } point
            ? (ct => controls.ExcludeAsync(Setting, Chart, point.Date, null, ct), $"The value of {Format.Date(point.Date)} is back in the calculations")
            : NotFoundChange(), cancellationToken);

    public Task<IActionResult> OnPostPhaseAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, () =>
    {
        var annotation = Chart.Annotations.FirstOrDefault(a => a.Id == AnnotationId);
        var start = annotation is null ? null : Chart.Chart.Points.FirstOrDefault(p => p.Date >= annotation.Date);
        if (annotation is null)
            ModelState.AddModelError(nameof(AnnotationId), "Choose the change the new phase starts at");
        else if (start is null || start == Chart.Chart.Points[0] || Chart.Chart.Options.Phases.Contains(start.Date))
            ModelState.AddModelError(nameof(AnnotationId), start is null ? "There are no values on or after that change yet" : "A new phase already starts there: choose another change");
        return ModelState.IsValid ? (ct => controls.StartPhaseAsync(Setting, Chart, start!.Date, true, ct), $"A new phase starts at {Format.Date(start!.Date)}") : default;
    }, cancellationToken);

    public Task<IActionResult> OnPostEndPhaseAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, () =>
        PointOf(Point) is { } point && Chart.Chart.Options.Phases.Contains(point.Date)
            ? (ct => controls.StartPhaseAsync(Setting, Chart, point.Date, false, ct), $"The phase starting {Format.Date(point.Date)} is joined to the one before")
            : NotFoundChange(), cancellationToken);

    public Task<IActionResult> OnPostAnnotateAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, () =>
    {
        if (!AnnotationDate.TryGetDate(out var date))
            ModelState.AddModelError(nameof(AnnotationDate), "Enter the date of the change, for example 14 9 2026");
        if (string.IsNullOrWhiteSpace(AnnotationText))
            ModelState.AddModelError(nameof(AnnotationText), "Enter what changed, for example “Training day on sustained shared thinking”");
        else if (AnnotationText.Trim().Length > ChartAnnotation.TextMaxLength)
            ModelState.AddModelError(nameof(AnnotationText), $"What changed must be {ChartAnnotation.TextMaxLength} characters or fewer");
        return ModelState.IsValid ? (ct => controls.AnnotateAsync(Setting, date, AnnotationText!, OnEveryChart ? null : Key, ct), $"“{AnnotationText!.Trim()}” marked at {Format.Date(date)}") : default;
    }, cancellationToken);

    public async Task<IActionResult> OnPostRemoveAnnotationAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || AnnotationId is not { } annotationId)
            return NotFound();
        if (!CanChange)
            return Forbid();
        if (!await controls.RemoveAnnotationAsync(id, annotationId, cancellationToken))
            return NotFound();
        TempData["Message"] = "The change is no longer marked";
        return Redirect(SeriesHref(Key));
    }
}
