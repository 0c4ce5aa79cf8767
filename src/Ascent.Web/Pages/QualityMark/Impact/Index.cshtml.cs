using Ascent.Web.Domain.Calendar;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Impact;

/// "Do accredited settings do better?" for the LA, at a date the person chooses (today unless they choose another),
/// with the report as Word and Excel downloads for a cabinet report. The LA's staff only (QualityMarkAccess): a
/// setting's people never see other settings' figures.
public sealed class IndexModel(ImpactInputsReader reader, CurrentUser user, TimeProvider time) : PageModel
{
    public const string DateError = "The date must be a real date, like 31 3 2026";

    [BindProperty(SupportsGet = true)]
    public DateInput At { get; set; } = new();

    public DateOnly AtDate { get; private set; }

    public ImpactReportOf? Report { get; private set; }

    /// The date's query string for the download links, so a download holds the same figures as the page.
    public string DateQuery => $"At.Day={AtDate.Day}&At.Month={AtDate.Month}&At.Year={AtDate.Year}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
            return refused;
        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
            return refused;
        if (Report is null)
            return Page();
        return File(ImpactDocument.Create(Report, time.Today()), ImpactDocument.ContentType, ImpactWorkbook.FileName(Report.LocalAuthority, AtDate, "docx"));
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
            return refused;
        if (Report is null)
            return Page();
        using var stream = new MemoryStream();
        await ImpactWorkbook.WriteXlsxAsync(Report.Tables, stream, cancellationToken);
        return File(stream.ToArray(), ImpactWorkbook.XlsxContentType, ImpactWorkbook.FileName(Report.LocalAuthority, AtDate, "xlsx"));
    }

    /// Reads the date (today when none is given) and, when it is a real one, the report; null unless the person has
    /// no LA to report on.
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (user.TenantId is not { } tenantId)
            return Forbid();
        AtDate = time.Today();
        if (!At.IsEmpty)
        {
            if (!At.TryGetDate(out var chosen))
            {
                ModelState.AddModelError(nameof(At), DateError);
                return null;
            }

            AtDate = chosen;
        }

        At = DateInput.From(AtDate);
        Report = await reader.ReportAsync(tenantId, AtDate, cancellationToken);
        return null;
    }
}
