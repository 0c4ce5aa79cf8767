using Ascent.Web.Data;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Commands;

/// The instrument commands, reached through `import` and `export`:
/// `import instrument-texts FILE --instrument CODE --la NAME [--setting URN]`: a licence holder's indicator texts;
/// `import audits FILE [--la NAME] [--dry-run]`: past audits, all or nothing;
/// `export audits --format csv|xlsx --output FILE [--la NAME] [--setting URN]`: finished audits' scores.
public static class AuditTransferCommand
{
    public const string TextsUsage = "Usage: import instrument-texts FILE --instrument CODE --la NAME [--setting URN]";
    public const string ImportUsage = "Usage: import audits FILE [--la NAME] [--dry-run]";
    public const string ExportUsage = "Usage: export audits --format csv|xlsx --output FILE [--la NAME] [--setting URN]";

    public static bool Imports(string[] args) => args.Length >= 2 && args[1] is "instrument-texts" or "audits";

    public static async Task<int> ImportAsync(IServiceProvider services, string[] args)
    {
        var texts = args[1] == "instrument-texts";
        var usage = texts ? TextsUsage : ImportUsage;
        var read = CommandArgs.Read(args, 2, "dry-run");
        if (read.Unexpected is not null || read.Values.Count != 1)
            return await FailAsync(usage);
        var path = read.Values[0];
        if (!File.Exists(path))
            return await FailAsync($"File not found: {path}");

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line import");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? tenantId = null;
        if (read["la"] is { } authority)
        {
            tenantId = await CommandArgs.LocalAuthorityIdAsync(db, authority);
            if (tenantId is null)
                return await FailAsync($"There is no local authority called '{authority}' in Ascent.");
        }

        await using var file = File.OpenRead(path);
        return texts
            ? await ImportTextsAsync(scope.ServiceProvider, db, read, tenantId, file)
            : await ImportAuditsAsync(scope.ServiceProvider, read["dry-run"] is not null, tenantId, file);
    }

    public static async Task<int> ExportAsync(IServiceProvider services, string[] args)
    {
        var read = CommandArgs.Read(args, 2);
        if (read.FirstUnexpected is not null)
            return await FailAsync(ExportUsage);
        var format = read["format"] ?? "csv";
        if (format is not ("csv" or "xlsx") || read["output"] is not { } output)
            return await FailAsync(ExportUsage);

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line export");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? tenantId = null, settingId = null;
        if (read["la"] is { } authority)
        {
            tenantId = await CommandArgs.LocalAuthorityIdAsync(db, authority);
            if (tenantId is null)
                return await FailAsync($"There is no local authority called '{authority}' in Ascent.");
        }

        if (read["setting"] is { } urn)
        {
            settingId = await db.Settings.Where(s => s.Reference == urn.ToUpperInvariant() && (tenantId == null || s.TenantId == tenantId)).Select(s => (int?)s.Id).FirstOrDefaultAsync();
            if (settingId is null)
                return await FailAsync(tenantId is null ? $"There is no setting with URN {urn} in Ascent." : $"{read["la"]} has no setting with URN {urn}.");
        }

        int written;
        await using (var file = File.Create(output))
            written = await scope.ServiceProvider.GetRequiredService<AuditExport>().WriteAsync(new AuditExportFilter(tenantId, settingId), format, file, CancellationToken.None);
        Console.WriteLine($"{written:N0} audit items written to {output}");
        return 0;
    }

    private static async Task<int> ImportTextsAsync(IServiceProvider services, AppDbContext db, CommandArgs read, int? tenantId, Stream file)
    {
        if (tenantId is null || read["instrument"] is not { } code)
            return await FailAsync(TextsUsage);
        var instrument = await services.GetRequiredService<InstrumentDefinitions>().CurrentAsync(code);
        if (instrument is null)
            return await FailAsync($"There is no instrument '{code}'.");
        int? settingId = null;
        if (read["setting"] is { } urn)
        {
            settingId = await db.Settings.Where(s => s.Reference == urn.ToUpperInvariant() && s.TenantId == tenantId).Select(s => (int?)s.Id).FirstOrDefaultAsync();
            if (settingId is null)
                return await FailAsync($"{read["la"]} has no setting with URN {urn}.");
        }

        var result = await services.GetRequiredService<LicensedTexts>().ImportAsync(instrument, new LicenceHolder(tenantId.Value, settingId), file);
        if (!result.Succeeded)
            return await ProblemsAsync(result.Problems, "No texts were imported");
        Console.WriteLine($"{result.Imported:N0} indicator texts imported for {instrument.Name}, version {instrument.Version} (scoring guidance {instrument.GuidanceVersion}); {result.Replaced:N0} earlier texts replaced.");
        return 0;
    }

    private static async Task<int> ImportAuditsAsync(IServiceProvider services, bool dryRun, int? tenantId, Stream file)
    {
        var import = services.GetRequiredService<AuditImport>();
        var result = dryRun ? await import.CheckAsync(file, tenantId) : await import.ImportAsync(file, tenantId);
        if (result.Problems.Count > 0)
            return await ProblemsAsync(result.Problems, "No audits were imported");
        foreach (var (setting, audits) in result.PerSetting)
            Console.WriteLine($"{setting}: {audits:N0} {(audits == 1 ? "audit" : "audits")}");
        foreach (var room in result.NewRooms)
            Console.WriteLine($"Room created: {room}");
        if (result.Unscored > 0)
            Console.WriteLine($"{result.Unscored:N0} items were not scored in the file and are left unscored.");
        Console.WriteLine(dryRun ? $"{result.Audits:N0} audits would be imported (dry run: nothing was written)." : $"{result.Audits:N0} audits imported.");
        return 0;
    }

    private static async Task<int> ProblemsAsync(IReadOnlyList<TransferProblem> problems, string nothing)
    {
        await Console.Error.WriteLineAsync($"{nothing}: the file has {problems.Count:N0} {(problems.Count == 1 ? "problem" : "problems")}.");
        foreach (var problem in problems)
            await Console.Error.WriteLineAsync($"Line {problem.LineNumber}: {problem.Reason}");
        return 1;
    }

    private static Task<int> FailAsync(string message) => CommandArgs.FailAsync(message);
}
