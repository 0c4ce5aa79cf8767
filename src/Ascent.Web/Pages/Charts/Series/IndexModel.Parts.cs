using System.Globalization;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Charts.Series;

/// The chart page's shared steps: load the chart, check who may change it, and run one change then come back.
public sealed partial class IndexModel
{
    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [.. Enum.GetValues<ChartKind>().Select(k => new SelectListItem(MeasureValueRules.KindName(k), MeasureValueRules.KindCode(k)))];

    public IEnumerable<SelectListItem> PointItems =>
        [new SelectListItem("Choose a value", ""), .. Chart.Chart.Points.Where(p => !p.Excluded).Select(p => new SelectListItem($"{Format.Date(p.Date)}: {ChartNumbers.Display(p.Value)}", Iso(p.Date)))];

    public IEnumerable<SelectListItem> AnnotationItems =>
        [new SelectListItem("Choose a change", ""), .. Chart.Annotations.Select(a => new SelectListItem($"{Format.Date(a.Date)}: {a.Text}", a.Id.ToString(CultureInfo.InvariantCulture)))];

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Key) || !await LoadSettingAsync(id, cancellationToken))
            return false;
        var chart = await charts.OneAsync(id, Key, cancellationToken);
        if (chart is null)
            return false;
        Chart = chart;
        return true;
    }

    private ChartedPoint? PointOf(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Chart.Chart.Points.FirstOrDefault(p => p.Date == date) : null;

    private bool _notFound;

    private (Func<CancellationToken, Task>? Change, string? Message) NotFoundChange()
    {
        _notFound = true;
        return default;
    }

    /// Loads the chart, checks the person may change it, asks the form for its change (null when the form has errors,
    /// which are shown on the page again) and makes it.
    private async Task<IActionResult> ChangeAsync(int id, Func<(Func<CancellationToken, Task>? Change, string? Message)> form, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanChange)
            return Forbid();
        var (change, message) = form();
        if (_notFound)
            return NotFound();
        if (change is null)
            return Page();
        await change(cancellationToken);
        TempData["Message"] = message;
        return Redirect(SeriesHref(Key));
    }

    private static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-') is { Length: > 0 } slug ? slug[..Math.Min(slug.Length, 60)] : "chart";
}
