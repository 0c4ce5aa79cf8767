using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ascent.Web.Services.Offer;

/// One charge as the LA's charges page, a setting's statement and the finance export show it.
public sealed record ChargeRow(int Id, int SettingId, string SettingName, string Urn, string Course, string Person, DateOnly Date, ChargeReason Reason, int AmountPence, string Description);

/// The charges of a month (docs/offer.md#charges): every line, for the LA (its settings', as the tenancy filters
/// allow) or for one setting, ordered by setting then date; and the export for the council's finance system, whose
/// columns are fixed: setting_urn,setting_name,course,date,reason,amount_pence.
public sealed class ChargeLedger(AppDbContext db)
{
    public static readonly string[] Columns = ["setting_urn", "setting_name", "course", "date", "reason", "amount_pence"];

    /// The first day of the month "yyyy-mm", or null for anything else.
    public static DateOnly? Month(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : null;

    /// The month a page shows: the one typed ("2026-12"), else the LA's current month. Null `error` when it was read.
    public static DateOnly ChosenMonth(string? typed, DateOnly today, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(typed))
            return new DateOnly(today.Year, today.Month, 1);
        if (Month(typed) is { } chosen)
            return chosen;
        error = "Enter the month as a year and month, for example 2026-12";
        return new DateOnly(today.Year, today.Month, 1);
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// The month's charges; `tenantId` narrows the command line's (which sees every LA), `settingId` a statement's.
    public async Task<IReadOnlyList<ChargeRow>> MonthAsync(DateOnly month, int? tenantId, int? settingId, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        var rows = await (from c in db.Charges.AsNoTracking()
                          where c.ChargedOn >= first && c.ChargedOn < next
                              && (tenantId == null || c.TenantId == tenantId)
                              && (settingId == null || c.SettingId == settingId)
                          join b in db.Bookings.AsNoTracking() on c.BookingId equals b.Id
                          join i in db.OfferItems.AsNoTracking() on c.OfferItemId equals i.Id
                          join s in db.Settings.AsNoTracking() on c.SettingId equals s.Id
                          select new ChargeRow(c.Id, s.Id, s.Name, s.Reference, i.Title, b.AttendeeName, c.ChargedOn, c.Reason, c.AmountPence, c.Description))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.SettingName, StringComparer.Ordinal).ThenBy(r => r.Urn, StringComparer.Ordinal).ThenBy(r => r.Date).ThenBy(r => r.Id)];
    }

    /// The finance export's cells for one charge: ISO date, reason code, whole pence (negative for a credit).
    public static object[] Cells(ChargeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [row.Urn, row.SettingName, row.Course, row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ChargeRule.Code(row.Reason), row.AmountPence];
    }

    public static async Task WriteCsvAsync(IEnumerable<ChargeRow> rows, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var row in rows)
            // The amount is a number (a credit's minus sign is not a formula), so it is not quoted like text.
            text.Append(string.Join(',', Cells(row).Select(v => v is int pence ? pence.ToString(CultureInfo.InvariantCulture) : Csv.Field(Convert.ToString(v, CultureInfo.InvariantCulture))))).Append("\r\n");
        // No byte-order mark: a finance system reads the header as the first column's name.
        await output.WriteAsync(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()), cancellationToken);
    }

    /// A setting's statement as CSV: course, person, date, reason and amount in pence.
    public static async Task WriteStatementCsvAsync(IEnumerable<ChargeRow> rows, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("course,person,date,reason,amount_pence\r\n");
        foreach (var row in rows)
        {
            string[] cells = [row.Course, row.Person, row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ChargeRule.Code(row.Reason)];
            text.Append(string.Join(',', cells.Select(Csv.Field))).Append(',').Append(row.AmountPence.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        await output.WriteAsync(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()), cancellationToken);
    }

    public static async Task WriteXlsxAsync(IEnumerable<ChargeRow> rows, Stream output, CancellationToken cancellationToken)
    {
        var sheet = rows.Select(row => Columns.Select((column, i) => (column, Cells(row)[i])).ToDictionary(c => c.column, c => c.Item2));
        await output.SaveAsAsync(sheet, sheetName: "Charges", cancellationToken: cancellationToken);
    }

    /// Services arranged for settings and not yet marked delivered: each is charged when it is.
    public async Task<IReadOnlyList<ArrangedService>> ArrangedAsync(CancellationToken cancellationToken) =>
        await (from b in db.Bookings.AsNoTracking()
               where b.Status == BookingStatus.Booked && b.Outcome == null
               join i in db.OfferItems.AsNoTracking() on b.OfferItemId equals i.Id
               where i.Kind == OfferKind.Service
               join s in db.Settings.AsNoTracking() on b.SettingId equals s.Id
               orderby s.Name, b.Id
               select new ArrangedService(b.Id, i.Title, s.Name, b.AttendeeName, b.PricePence))
            .ToListAsync(cancellationToken);
}

public sealed record ArrangedService(int BookingId, string Title, string SettingName, string Contact, int PricePence);
