using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Charges;

/// The LA's charges for a month (its current month unless one is chosen): totals by setting and by reason, and every
/// line, with the export for the council's finance system. Nothing is paid in Ascent. Services arranged and not yet
/// delivered are listed below: marking one delivered charges it.
public sealed class IndexModel(ChargeLedger ledger, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DateOnly First { get; private set; }

    public IReadOnlyList<ChargeRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Setting, int SettingId, int Pence, int Lines)> BySetting { get; private set; } = [];

    public IReadOnlyList<(ChargeReason Reason, int Pence, int Lines)> ByReason { get; private set; } = [];

    public IReadOnlyList<ArrangedService> Arranged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        First = ChargeLedger.ChosenMonth(Month, time.Today(), out var monthError);
        if (monthError is not null)
            ModelState.AddModelError(nameof(Month), monthError);

        Month = ChargeLedger.MonthKey(First);
        Rows = await ledger.MonthAsync(First, null, null, cancellationToken);
        BySetting = [.. Rows.GroupBy(r => (r.SettingName, r.SettingId)).Select(g => (g.Key.SettingName, g.Key.SettingId, g.Sum(r => r.AmountPence), g.Count()))];
        ByReason = [.. Rows.GroupBy(r => r.Reason).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(r => r.AmountPence), g.Count()))];
        Arranged = await ledger.ArrangedAsync(cancellationToken);
    }
}
