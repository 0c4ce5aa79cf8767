using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.QualityMark;

namespace Ascent.Web.Commands;

/// `report quality-mark-impact --la NAME [--at DATE] --format csv|xlsx|docx --output FILE`: the quality mark's impact
/// report of one LA (docs/quality-mark.md), the same figures as /quality-mark/impact, for a cabinet report or a
/// scheduled job. csv is every table in one file with a Table column; xlsx a sheet per table; docx the Word report.
public static class ReportCommand
{
    public const string Usage = "Usage: report quality-mark-impact --la NAME [--at YYYY-MM-DD] --format csv|xlsx|docx --output FILE";

    public static readonly string[] Formats = ["csv", "xlsx", "docx"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 2 || args[1] != "quality-mark-impact")
            return await FailAsync(Usage);
        var read = CommandArgs.Read(args, 2);
        if (read.FirstUnexpected is { } unexpected)
            return await FailAsync($"Unexpected '{unexpected}'. {Usage}");
        if (read["la"] is not { } authority || read["format"] is not { } format || read["output"] is not { } output)
            return await FailAsync(Usage);
        if (!Formats.Contains(format))
            return await FailAsync($"There is no format '{format}': use csv, xlsx or docx. {Usage}");

        var time = services.GetRequiredService<TimeProvider>();
        var at = time.Today();
        if (read["at"] is { } atText
            && !DateOnly.TryParseExact(atText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
            return await FailAsync($"'{atText}' is not a date: write it as year-month-day, like 2026-03-31.");

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line report");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await CommandArgs.LocalAuthorityIdAsync(db, authority) is not { } tenantId)
            return await FailAsync($"There is no local authority called '{authority}' in Ascent.");

        var report = await scope.ServiceProvider.GetRequiredService<ImpactInputsReader>().ReportAsync(tenantId, at, CancellationToken.None);
        await using (var file = File.Create(output))
        {
            if (format == "docx")
                await file.WriteAsync(ImpactDocument.Create(report, time.Today()));
            else if (format == "xlsx")
                await ImpactWorkbook.WriteXlsxAsync(report.Tables, file, CancellationToken.None);
            else
                await ImpactWorkbook.WriteCsvAsync(report.Tables, file, CancellationToken.None);
        }

        var accredited = report.Tables.Grades[0].Accredited.Settings;
        var all = accredited + report.Tables.Grades[0].Other.Settings;
        Console.WriteLine($"The quality mark's impact in {report.LocalAuthority} on {at:yyyy-MM-dd} ({accredited:N0} of {all:N0} settings accredited) written to {output}");
        return 0;
    }

    private static Task<int> FailAsync(string message) => CommandArgs.FailAsync(message);
}
