using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Commands;

/// `export settings --format csv|xlsx --output FILE [--la NAME] [--query Q] [--type T] [--sector S] [--standing S]
/// [--judgement J] [--include-left]`: the settings list with the web's filters, for LAs that script their monthly reports.
/// `export cases --format csv|xlsx --output FILE [--la NAME]`: open cases with their open tasks.
public static class ExportCommand
{
    public const string CasesUsage = "Usage: export cases --format csv|xlsx --output FILE [--la NAME]";
    public const string Usage = "Usage: export settings --format csv|xlsx --output FILE [--la NAME] [--query TEXT] [--type TYPE] [--sector SECTOR] [--standing STANDING] [--judgement 1|2|3|4|none] [--include-left]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length >= 2 && args[1] == "cases")
            return await CasesAsync(services, args);
        if (args.Length >= 2 && args[1] == "charts")
            return await ExportChartsCommand.RunAsync(services, args);
        if (args.Length >= 2 && args[1] == "audits")
            return await AuditTransferCommand.ExportAsync(services, args);
        if (args.Length >= 2 && args[1] == "charges")
            return await ExportChargesCommand.RunAsync(services, args);
        if (args.Length < 2 || args[1] != "settings")
            return await FailAsync(Usage + Environment.NewLine + CasesUsage + Environment.NewLine + AuditTransferCommand.ExportUsage + Environment.NewLine + ExportChartsCommand.Usage + Environment.NewLine + ExportChargesCommand.Usage);
        var read = CommandArgs.Read(args, 2, "include-left");
        if (read.FirstUnexpected is { } unexpected)
            return await FailAsync($"Unexpected '{unexpected}'. {Usage}");

        var format = read["format"] ?? "csv";
        if (format is not ("csv" or "xlsx") || read["output"] is not { } output)
            return await FailAsync(Usage);
        var filter = new SettingsFilter
        {
            IncludeLeft = read["include-left"] is not null,
            Query = read["query"],
            Type = read["type"],
            Sector = read["sector"],
            Judgement = read["judgement"],
            Standing = read["standing"],
        };
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        if (filter.Standing is { } standing && frameworks.Standings.All(s => s.Code != standing))
            return await FailAsync($"There is no standing '{standing}'. Use one of: {string.Join(", ", frameworks.Standings.Select(s => s.Code))}.");

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var export = scope.ServiceProvider.GetRequiredService<SettingsExport>();
        if (read["la"] is { } authority)
        {
            var tenantId = await CommandArgs.LocalAuthorityIdAsync(db, authority);
            if (tenantId is null)
                return await FailAsync($"There is no local authority called '{authority}' in Ascent.");
            filter.TenantId = tenantId.Value;
        }

        await using (var file = File.Create(output))
        {
            if (format == "xlsx")
                await export.WriteXlsxAsync(filter, file, CancellationToken.None);
            else
                await export.WriteCsvAsync(filter, file, CancellationToken.None);
        }

        var count = await filter.Match(db.Settings).CountAsync();
        Console.WriteLine($"{count:N0} settings written to {output}");
        return 0;
    }

    private static async Task<int> CasesAsync(IServiceProvider services, string[] args)
    {
        var read = CommandArgs.Read(args, 2);
        if (read.FirstUnexpected is { } unexpected)
            return await FailAsync($"Unexpected '{unexpected}'. {CasesUsage}");

        var format = read["format"] ?? "csv";
        if (format is not ("csv" or "xlsx") || read["output"] is not { } output)
            return await FailAsync(CasesUsage);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? tenantId = null;
        if (read["la"] is { } authority)
        {
            tenantId = await CommandArgs.LocalAuthorityIdAsync(db, authority);
            if (tenantId is null)
                return await FailAsync($"There is no local authority called '{authority}' in Ascent.");
        }

        var export = scope.ServiceProvider.GetRequiredService<Services.Cases.CaseExport>();
        int written;
        await using (var file = File.Create(output))
            written = await export.WriteAsync(tenantId, format, file, CancellationToken.None);
        Console.WriteLine($"{written:N0} open tasks written to {output}");
        return 0;
    }

    private static Task<int> FailAsync(string message) => CommandArgs.FailAsync(message);
}
