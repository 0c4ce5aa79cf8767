using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// A cohort's cost report (CostReport) from the time logged on its settings and the other costs recorded, and the
/// same report as CSV.
public sealed class CohortCosts(AppDbContext db)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static readonly string[] Columns = ["Setting", "Evaluator hours", "Evaluator days", "Evaluator cost", "Other costs", "Total"];

    public async Task<CostReport> ReportAsync(Cohort cohort, EvaluatorTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var settings = await db.Accreditations.AsNoTracking().Where(a => a.CohortId == cohort.Id && a.Status != AccreditationStatus.Applied && a.Status != AccreditationStatus.Declined)
            .Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new { a.Id, s.Name }).ToListAsync(cancellationToken);
        var ids = settings.Select(s => s.Id).ToList();
        var minutes = await db.EvaluatorTimes.AsNoTracking().Where(t => ids.Contains(t.AccreditationId))
            .GroupBy(t => t.AccreditationId).Select(g => new { g.Key, Minutes = g.Sum(t => t.Minutes) }).ToListAsync(cancellationToken);
        var costs = await db.SchemeCosts.AsNoTracking().Where(c => c.CohortId == cohort.Id)
            .Select(c => new { c.AccreditationId, c.AmountPence }).ToListAsync(cancellationToken);
        var lines = settings.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(s => (s.Name,
            minutes.FirstOrDefault(m => m.Key == s.Id)?.Minutes ?? 0,
            costs.Where(c => c.AccreditationId == s.Id).Sum(c => c.AmountPence)));
        return CostReport.For(terms, lines, costs.Where(c => c.AccreditationId == null).Sum(c => c.AmountPence));
    }

    /// The report as CSV: a row per setting, the cohort's own costs, then the totals. Amounts are pounds with two
    /// decimals and no symbol, so a spreadsheet adds them up.
    public static async Task<byte[]> CsvAsync(CostReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var line in report.Settings.Append(report.Cohort))
                await csv.WriteRecordAsync([line.Name, Hours(line.EvaluatorMinutes), Days(line.EvaluatorDays), Pence.Plain(line.EvaluatorPence), Pence.Plain(line.OtherPence), Pence.Plain(line.TotalPence)], cancellationToken);
            await csv.WriteRecordAsync(["Total", Hours(report.EvaluatorMinutes), Days(report.EvaluatorDays), Pence.Plain(report.EvaluatorPence), Pence.Plain(report.OtherPence), Pence.Plain(report.TotalPence)], cancellationToken);
            await csv.FlushAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    public static string FileName(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var name = new string([.. cohort.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return $"quality-mark-costs-{name}.csv".ToLowerInvariant();
    }

    public static string Hours(int minutes) => (minutes / 60m).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Days(decimal days) => days.ToString("0.00", CultureInfo.InvariantCulture);
}
