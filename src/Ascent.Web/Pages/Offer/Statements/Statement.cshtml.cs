using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Offer.Statements;

/// A setting's monthly statement of charges: each charge with its course, person, date, reason and amount, credits
/// shown as credits, and the month's total; printable, and as CSV. The LA reads any of its settings'; a setting's
/// owner and manager their own (the tenancy filters hide the rest: not found).
public sealed class StatementModel(AppDbContext db, ChargeLedger ledger, TimeProvider time) : PageModel
{
    public const string NoPayment = "Ascent does not take payment: the council's finance team will invoice you.";

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public int Id { get; private set; }

    public string SettingName { get; private set; } = "";

    public DateOnly First { get; private set; }

    public IReadOnlyList<ChargeRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (setting is null)
            return NotFound();
        (Id, SettingName) = (setting.Id, setting.Name);
        First = ChargeLedger.ChosenMonth(Month, time.Today(), out var monthError);
        if (monthError is not null)
            ModelState.AddModelError(nameof(Month), monthError);

        Month = ChargeLedger.MonthKey(First);
        Rows = await ledger.MonthAsync(First, null, id, cancellationToken);
        if (Format != "csv")
            return Page();
        var stream = new MemoryStream();
        await ChargeLedger.WriteStatementCsvAsync(Rows, stream, cancellationToken);
        stream.Position = 0;
        return File(stream, "text/csv", $"statement-{Month}.csv");
    }
}
