using Ascent.Web.Data;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Offer;

namespace Ascent.Web.Commands;

/// `export charges --month YYYY-MM --output FILE [--la NAME] [--format csv|xlsx]`: a month's charges for the council's
/// finance system, the same file as /charges/export (columns in docs/offer.md#charges). Without --la, every LA's.
public static class ExportChargesCommand
{
    public const string Usage = "Usage: export charges --month YYYY-MM --output FILE [--la NAME] [--format csv|xlsx]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var read = CommandArgs.Read(args, 2);
        if (read.FirstUnexpected is { } unexpected)
            return await CommandArgs.FailAsync($"Unexpected '{unexpected}'. {Usage}");
        var format = read["format"] ?? "csv";
        if (format is not ("csv" or "xlsx") || read["output"] is not { } output || read["month"] is not { } monthText)
            return await CommandArgs.FailAsync(Usage);
        if (ChargeLedger.Month(monthText) is not { } month)
            return await CommandArgs.FailAsync($"The month '{monthText}' is not a year and month such as 2026-12. {Usage}");

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? tenantId = null;
        if (read["la"] is { } authority)
        {
            tenantId = await CommandArgs.LocalAuthorityIdAsync(db, authority);
            if (tenantId is null)
                return await CommandArgs.FailAsync($"There is no local authority called '{authority}' in Ascent.");
        }

        var rows = await scope.ServiceProvider.GetRequiredService<ChargeLedger>().MonthAsync(month, tenantId, null, CancellationToken.None);
        await using (var file = File.Create(output))
        {
            if (format == "xlsx")
                await ChargeLedger.WriteXlsxAsync(rows, file, CancellationToken.None);
            else
                await ChargeLedger.WriteCsvAsync(rows, file, CancellationToken.None);
        }

        Console.WriteLine($"{rows.Count:N0} charges of {ChargeLedger.MonthName(month)} written to {output}");
        return 0;
    }
}
