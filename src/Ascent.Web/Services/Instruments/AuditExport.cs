using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ascent.Web.Services.Instruments;

/// Which finished audits to export: one LA's (null: everyone the reader sees) and optionally one setting's.
public sealed record AuditExportFilter(int? TenantId, int? SettingId);

/// Finished rating-scale and checklist audits, one row per audit and item, with the item's score (or checklist
/// answer), its subscale's score and the audit's total: the same columns from the web and the command line, and
/// the columns `import audits` reads back (names, never codes). Licensed indicator texts are never written.
/// Leuven screenings and questionnaires are not audits of this kind and are left out (a child's row never leaves).
public sealed class AuditExport(AppDbContext db, InstrumentDefinitions definitions)
{
    public static readonly string[] Columns =
        ["URN", "Setting", "Date", "Room", "Instrument", "Observers", "Subscale", "Item", "Item name", "Score", "Subscale score", "Total"];

    public async Task<List<string?[]>> RowsAsync(AuditExportFilter filter, CancellationToken cancellationToken)
    {
        var finished = await Finished(filter).ToListAsync(cancellationToken);
        var settingIds = finished.Select(a => a.SettingId).Distinct().ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Reference, s.Name }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rooms = await db.Rooms.AsNoTracking().Where(r => settingIds.Contains(r.SettingId)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var found = finished.Where(a => settings.ContainsKey(a.SettingId))
            .Select(a => new { Audit = a, Setting = settings[a.SettingId], Room = a.RoomId is { } room ? rooms.GetValueOrDefault(room) : null })
            .ToList();
        var ids = found.Select(f => f.Audit.Id).ToList();
        var sheets = await db.AuditSheets.AsNoTracking().Include(s => s.Answers)
            .Where(s => ids.Contains(s.AuditId) && s.Kind != SheetKind.Respondent)
            .ToListAsync(cancellationToken);
        var sheetsOf = sheets.ToLookup(s => s.AuditId);

        var rows = new List<string?[]>();
        foreach (var f in found.OrderBy(f => f.Setting.Name, StringComparer.CurrentCulture).ThenBy(f => f.Audit.ObservedOn).ThenBy(f => f.Audit.Id))
        {
            var instrument = await definitions.VersionAsync(f.Audit.InstrumentCode, f.Audit.InstrumentVersion, cancellationToken)
                ?? await definitions.CurrentAsync(f.Audit.InstrumentCode, cancellationToken);
            if (!Exported(instrument))
                continue;
            var ofAudit = sheetsOf[f.Audit.Id].OrderBy(s => s.Id).ToList();
            // The agreed answers of a joint observation are the audit's; otherwise its (first) observer's.
            var sheet = ofAudit.FirstOrDefault(s => s.Kind == SheetKind.Agreed) ?? ofAudit.FirstOrDefault();
            if (sheet is null)
                continue;
            var observers = string.Join(" and ", ofAudit.Where(s => s.Kind == SheetKind.Observer).Select(s => s.PersonName));
            var scores = AuditExportScores.Of(instrument, sheet);
            foreach (var subscale in instrument.Subscales)
            {
                foreach (var item in subscale.Items)
                {
                    rows.Add(
                    [
                        f.Setting.Reference, f.Setting.Name, f.Audit.ObservedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Room ?? "",
                        instrument.Name, observers, subscale.Name, item.Number, item.Name, Answer(sheet.Answer(item.Number)),
                        Number(scores.Subscales.GetValueOrDefault(subscale.Code)), Number(f.Audit.Total),
                    ]);
                }
            }
        }

        return rows;
    }

    /// How many audits the file holds: the finished audits of rating scales and checklists (a closed questionnaire
    /// round is a finished audit too, and is not written).
    public async Task<int> CountAsync(AuditExportFilter filter, CancellationToken cancellationToken)
    {
        var byInstrument = await Finished(filter).GroupBy(a => a.InstrumentCode)
            .Select(g => new { Code = g.Key, Audits = g.Count() }).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var one in byInstrument)
        {
            if (Exported(await definitions.CurrentAsync(one.Code, cancellationToken)))
                count += one.Audits;
        }

        return count;
    }

    /// Writes the rows and returns how many there were.
    public async Task<int> WriteAsync(AuditExportFilter filter, string format, Stream output, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(filter, cancellationToken);
        if (format == "xlsx")
        {
            var sheet = rows.Select(row => Columns.Select((column, i) => (column, row[i])).ToDictionary(c => c.column, c => (object?)c.Item2));
            await output.SaveAsAsync(sheet, sheetName: "Audits", cancellationToken: cancellationToken);
            return rows.Count;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Columns.Select(Csv.Field)) + "\r\n");
        foreach (var row in rows)
            await writer.WriteAsync(string.Join(',', row.Select(Csv.Field)) + "\r\n");
        return rows.Count;
    }

    private IQueryable<Audit> Finished(AuditExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var audits = db.Audits.AsNoTracking().Where(a => a.Status == AuditStatus.Finished);
        if (filter.TenantId is { } tenantId)
            audits = audits.Where(a => a.TenantId == tenantId);
        if (filter.SettingId is { } settingId)
            audits = audits.Where(a => a.SettingId == settingId);
        return audits;
    }

    private static bool Exported([NotNullWhen(true)] InstrumentDefinition? instrument) =>
        instrument?.Scoring is ScoringRule.EnvironmentRating or ScoringRule.Checklist;

    private static string Answer(AuditAnswer? answer) => answer switch
    {
        null => "",
        { Checklist: ChecklistAnswer.Met } => "Met",
        { Checklist: ChecklistAnswer.PartlyMet } => "Partly met",
        { Checklist: ChecklistAnswer.NotMet } => "Not met",
        { NotApplicable: true } or { Checklist: ChecklistAnswer.NotApplicable } => "NA",
        { Score: { } score } => score.ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    private static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
