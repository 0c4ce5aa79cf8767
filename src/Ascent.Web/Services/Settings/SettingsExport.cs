using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ascent.Web.Services.Settings;

/// Writes the settings a filter selects, one row per setting with its local authority, latest judgement and standing,
/// as CSV or XLSX: the same columns from the web and from the command line.
public sealed class SettingsExport(AppDbContext db, FrameworkRegistry frameworks)
{
    public static readonly string[] Columns =
    [
        "URN", "Name", "Provider type", "Provider subtype", "Sector", "Status", "Local authority", "Region", "Town", "Postcode",
        "Places", "Registered", "Latest inspection", "Framework", "Latest overall judgement", "Standing", "District", "Locality partnership", "Left register",
    ];

    public async Task<List<object?[]>> RowsAsync(SettingsFilter filter, CancellationToken cancellationToken)
    {
        var rows = await filter.Apply(db.Settings.AsNoTracking(), frameworks)
            .Select(s => new
            {
                s.Reference,
                s.Name,
                s.ProviderType,
                s.ProviderSubtype,
                s.Sector,
                s.Status,
                s.LocalAuthorityName,
                s.Region,
                s.Town,
                s.Postcode,
                s.Places,
                s.RegisteredOn,
                s.LatestInspectionDate,
                s.LatestFrameworkCode,
                s.LatestOverallGrade,
                s.StandingCode,
                s.District,
                s.LocalityPartnership,
                s.LeftRegisterOn,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(s => new object?[]
        {
            s.Reference, s.Name, s.ProviderType, s.ProviderSubtype, s.Sector, s.Status.ToString(), s.LocalAuthorityName, s.Region, s.Town, s.Postcode,
            s.Places, Iso(s.RegisteredOn), Iso(s.LatestInspectionDate),
            s.LatestFrameworkCode is { } code && frameworks.TryGet(code, out var framework) ? framework.Name : s.LatestFrameworkCode,
            Judgement(s.LatestFrameworkCode, s.LatestOverallGrade), frameworks.FindStanding(s.StandingCode).Label, s.District, s.LocalityPartnership, Iso(s.LeftRegisterOn),
        })];
    }

    public async Task WriteCsvAsync(SettingsFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(filter, cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Columns.Select(Csv.Field)) + "\r\n");
        foreach (var row in rows)
            await writer.WriteAsync(string.Join(',', row.Select(v => Csv.Field(Convert.ToString(v, CultureInfo.InvariantCulture)))) + "\r\n");
    }

    public async Task WriteXlsxAsync(SettingsFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(filter, cancellationToken);
        var sheet = rows.Select(row => Columns.Select((column, i) => (column, row[i])).ToDictionary(c => c.column, c => c.Item2));
        await output.SaveAsAsync(sheet, sheetName: "Settings", cancellationToken: cancellationToken);
    }

    private string? Judgement(string? frameworkCode, string? grade) =>
        grade is null || frameworkCode is null || !frameworks.TryGet(frameworkCode, out var framework) || framework.HeadlineArea is null
            ? grade
            : framework.ScaleFor(framework.HeadlineArea.Code).Find(grade)?.Label ?? grade;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
