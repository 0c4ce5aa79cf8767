using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Charges;

/// The month's charges for the council's finance system: CSV (or XLSX), one line per charge, the columns in
/// docs/offer.md#charges. A month that is not yyyy-mm is refused.
public sealed class ExportModel(ChargeLedger ledger, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var first = ChargeLedger.ChosenMonth(Month, time.Today(), out var monthError);
        if (monthError is not null || Format is not (null or "csv" or "xlsx"))
            return BadRequest("Give the month as yyyy-mm, for example 2026-12, and the format as csv or xlsx.");
        var rows = await ledger.MonthAsync(first, null, null, cancellationToken);
        var stream = new MemoryStream();
        var name = $"charges-{ChargeLedger.MonthKey(first)}";
        if (Format == "xlsx")
        {
            await ChargeLedger.WriteXlsxAsync(rows, stream, cancellationToken);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        await ChargeLedger.WriteCsvAsync(rows, stream, cancellationToken);
        stream.Position = 0;
        return File(stream, "text/csv", name + ".csv");
    }
}
