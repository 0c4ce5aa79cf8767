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
        if (args.Length < 2 || args[1] != "settings")
            return await FailAsync(Usage + Environment.NewLine + CasesUsage + Environment.NewLine + AuditTransferCommand.ExportUsage + Environment.NewLine + ExportChartsCommand.Usage);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = new SettingsFilter();
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] == "--include-left")
                filter.IncludeLeft = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                options[args[i][2..]] = args[++i];
            else
                return await FailAsync($"Unexpected '{args[i]}'. {Usage}");
        }

        var format = options.GetValueOrDefault("format", "csv");
        if (format is not ("csv" or "xlsx") || !options.TryGetValue("output", out var output))
            return await FailAsync(Usage);
        filter.Query = options.GetValueOrDefault("query");
        filter.Type = options.GetValueOrDefault("type");
        filter.Sector = options.GetValueOrDefault("sector");
        filter.Judgement = options.GetValueOrDefault("judgement");
        filter.Standing = options.GetValueOrDefault("standing");
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        if (filter.Standing is { } standing && frameworks.Standings.All(s => s.Code != standing))
            return await FailAsync($"There is no standing '{standing}'. Use one of: {string.Join(", ", frameworks.Standings.Select(s => s.Code))}.");

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var export = scope.ServiceProvider.GetRequiredService<SettingsExport>();
        if (options.TryGetValue("la", out var authority))
        {
            var tenantId = await db.Tenants.Where(t => t.RegisterName == authority || t.Name == authority).Select(t => (int?)t.Id).FirstOrDefaultAsync();
            if (tenantId is null)
                return await FailAsync($"There is no local authority called '{authority}' in Ascent.");
            filter = Within(filter, tenantId.Value);
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
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                options[args[i][2..]] = args[++i];
            else
                return await FailAsync($"Unexpected '{args[i]}'. {CasesUsage}");
        }

        var format = options.GetValueOrDefault("format", "csv");
        if (format is not ("csv" or "xlsx") || !options.TryGetValue("output", out var output))
            return await FailAsync(CasesUsage);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? tenantId = null;
        if (options.TryGetValue("la", out var authority))
        {
            tenantId = await db.Tenants.Where(t => t.RegisterName == authority || t.Name == authority).Select(t => (int?)t.Id).FirstOrDefaultAsync();
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

    private static SettingsFilter Within(SettingsFilter filter, int tenantId)
    {
        filter.TenantId = tenantId;
        return filter;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
