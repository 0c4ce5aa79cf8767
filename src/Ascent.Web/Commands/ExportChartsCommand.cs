using Ascent.Web.Data;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Commands;

/// `export charts --setting URN --format csv --output FILE [--la NAME]`: every chart of one setting, one row per
/// point with its phase's centre line, limits and run rules (ChartCsv's columns). A URN held by settings of two LAs
/// needs --la to say which.
public static class ExportChartsCommand
{
    public const string Usage = "Usage: export charts --setting URN --format csv --output FILE [--la NAME]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var read = CommandArgs.Read(args, 2);
        if (read.FirstUnexpected is { } unexpected)
            return await FailAsync($"Unexpected '{unexpected}'. {Usage}");

        if ((read["format"] ?? "csv") != "csv" || read["output"] is not { } output || read["setting"] is not { } urn)
            return await FailAsync(Usage);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var settings = db.Settings.Where(s => s.Reference == urn.Trim().ToUpperInvariant());
        var authority = read["la"];
        if (authority is not null)
            settings = settings.Where(s => db.Tenants.Any(t => t.Id == s.TenantId && (t.RegisterName == authority || t.Name == authority)));
        var found = await settings.OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).Take(2).ToListAsync();
        if (found.Count == 0)
            return await FailAsync($"There is no setting with URN {urn}{(authority is null ? "" : $" in {authority}")}.");
        if (found.Count > 1)
            return await FailAsync($"URN {urn} is a setting of more than one local authority: say which with --la NAME.");

        var charts = await scope.ServiceProvider.GetRequiredService<SettingCharts>().ForSettingAsync(found[0].Id, CancellationToken.None);
        int rows;
        await using (var file = File.Create(output))
            rows = await ChartCsv.WriteAsync(charts, file, CancellationToken.None);
        Console.WriteLine($"{charts.Count:N0} charts of {found[0].Name} ({rows:N0} rows) written to {output}");
        return 0;
    }

    private static Task<int> FailAsync(string message) => CommandArgs.FailAsync(message);
}
