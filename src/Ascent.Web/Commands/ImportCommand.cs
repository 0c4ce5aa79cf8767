using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Commands;

/// `import ofsted FILE… [--la NAME] [--dry-run] [--confirm-leavers N]`: imports Ofsted's published files with system
/// rights, for every local authority in them or, with --la, for one. Prints progress and a closing summary line.
/// --dry-run shows what the import would do and writes nothing; an import that would take more settings off the
/// register than may leave unconfirmed stops until it is run again with --confirm-leavers and the number it gave.
public static class ImportCommand
{
    public static string Usage => $"Usage: import {string.Join("|", ImportSources.All.Select(s => s.Code))} FILE... [--la \"LOCAL AUTHORITY\"] [--dry-run] [--confirm-leavers N]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length >= 2 && args[1] == "measures")
            return await ImportMeasuresCommand.RunAsync(services, args);
        if (AuditTransferCommand.Imports(args))
            return await AuditTransferCommand.ImportAsync(services, args);
        if (args.Length < 3 || !ImportSources.IsKnown(args[1]))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var files = new List<string>();
        string? authority = null;
        var dryRun = false;
        int? confirmedLeavers = null;
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] == "--la" && i + 1 < args.Length)
                authority = args[++i];
            else if (args[i] == "--dry-run")
                dryRun = true;
            else if (args[i] == "--confirm-leavers")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    await Console.Error.WriteLineAsync("--confirm-leavers needs the number of settings that have left, as the import or --dry-run reported it.");
                    return 2;
                }

                confirmedLeavers = count;
            }
            else
                files.Add(args[i]);
        }

        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (files.Count == 0 || missing.Count > 0)
        {
            await Console.Error.WriteLineAsync(files.Count == 0 ? Usage : $"File not found: {string.Join(", ", missing)}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var progress = ProgressLine.ForStandardError();
        var time = services.GetRequiredService<TimeProvider>();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line import");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Runs whose process was killed (their lease ran out) are recorded as interrupted; a live one is left alone.
        try
        {
            await ImportHeartbeat.MarkInterruptedAsync(db, time.GetUtcNow(), CancellationToken.None);
        }
        catch (DbException)
        {
            // The database is busy with another import (SQLite locks it whole): the next look marks them.
        }

        RegisterBatch batch;
        try
        {
            batch = ImportSources.Read(args[1], files, rows => progress.Report("Reading", rows, null));
            progress.End();
        }
        catch (ImportException error)
        {
            progress.End();
            await Console.Error.WriteLineAsync($"Nothing was imported: {error.Message}");
            return 1;
        }

        int? tenantId = null;
        if (authority is not null)
        {
            var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.RegisterName == authority || t.Name == authority);
            if (tenant is null && dryRun)
            {
                Console.WriteLine($"{authority} is not in Ascent yet: its first import is a baseline that adds every row of the file for it and raises no change events.");
                return 0;
            }

            if (tenant is null)
            {
                tenant = new Tenant(authority, TenantKind.LocalAuthority, "England") { RegisterName = authority };
                db.Tenants.Add(tenant);
                await db.SaveChangesAsync();
            }

            tenantId = tenant.Id;
        }

        var importer = scope.ServiceProvider.GetRequiredService<RegisterImporter>();
        if (dryRun)
            return await ImportPreviewOutput.PrintAsync(importer, scope.ServiceProvider, batch, tenantId);

        importer.ConfirmedLeavers = confirmedLeavers;
        var run = new ImportRun(tenantId, batch.Source, string.Join(", ", batch.FileNames), db.CurrentUser.DisplayName, time.GetUtcNow());
        run.HoldBy(ImportHolder.ThisProcess);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync();
        await using var heartbeat = ImportHeartbeat.Start(services, run.Id, time);
        try
        {
            run = await importer.ImportAsync(batch, tenantId, new Progress<int>(done => progress.Report("Importing", done, batch.Records.Count)), run);
            progress.End();
            if (run.OtherLocalAuthorities > 0)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.OtherLocalAuthorities:N0} rows of other local authorities skipped."));
            if (run.LeftRegister > 0)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.LeftRegister:N0} settings have left the register."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.Events:N0} change events{(run.IsBaseline ? " (baseline import: none raised for existing settings)" : "")}; import run {run.Id}; {clock.Elapsed.TotalSeconds:N1} s."));
            foreach (var rejected in batch.Rejected.Take(20))
                Console.WriteLine($"Rejected {rejected.FileName} line {rejected.LineNumber}: {rejected.Reason}");
            if (batch.Rejected.Count > 20)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {batch.Rejected.Count - 20:N0} more rejected rows, listed with the import run."));
            Console.WriteLine(run.Summary);
            if (run.Events > 0)
            {
                var opened = await Jobs.PathwayEventsWorker.RunOnceAsync(services, CancellationToken.None);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Support pathways: {opened:N0} cases opened."));
            }

            return 0;
        }
        catch (ImportException error)
        {
            progress.End();
            await Console.Error.WriteLineAsync($"Nothing was imported: {error.Message}");
            if (importer.LeaverCheck.NeedsConfirmation)
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"To go ahead, run the same command again with --confirm-leavers {importer.LeaverCheck.Leaving}."));
            return 1;
        }
    }
}
