using System.Text.Json;
using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Imports;

/// Brings a regulator's register into Ascent: adds new settings, updates changed ones, adds new inspections,
/// marks settings that left the register, and records change events for the support pathways. All in one
/// transaction per import: it happens whole or not at all. Importing the same file again changes nothing.
/// The first import into a local authority's empty register is a baseline: it raises no per-setting events.
public sealed partial class RegisterImporter(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks)
{
    private readonly List<RejectedRow> _extraRejected = [];

    /// The number of leavers the person confirmed (`--confirm-leavers N`); a web upload's is kept on its run instead.
    public int? ConfirmedLeavers { get; set; }

    /// What the last import found about its leavers, whether it went ahead or stopped.
    public LeaverCheck LeaverCheck { get; private set; } = LeaverCheck.None;

    // What this import changes, so that it can be reverted (ImportUndo).
    private readonly ImportChangeRecorder _changes = new();

    /// Imports for one tenant (rows of other local authorities are counted and skipped), or, with tenantId null
    /// and system rights, for every local authority in the file, creating tenants that do not exist yet.
    /// Pass the run when it was recorded earlier (a web upload shows it while the import waits its turn).
    public async Task<ImportRun> ImportAsync(RegisterBatch batch, int? tenantId, IProgress<int>? progress = null, ImportRun? run = null, CancellationToken cancellationToken = default)
    {
        if (tenantId is null && !db.CurrentUser.IsSystem)
            throw new ImportException("Only a system administrator can import for every local authority.");

        if (run is null)
        {
            run = new ImportRun(tenantId, batch.Source, string.Join(", ", batch.FileNames), db.CurrentUser.DisplayName, time.GetUtcNow());
            db.ImportRuns.Add(run);
        }

        run.RowsRead = batch.RowsRead;
        run.Rejected = batch.Rejected.Count;
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var groups = await GroupByTenantAsync(batch, tenantId, run, cancellationToken);
            await ImportTenantsAsync(batch, groups, run, cancellationToken);
            progress?.Report(groups.Sum(g => g.Records.Count));

            run.Rejected += _extraRejected.Count;
            var rejected = batch.Rejected.Concat(_extraRejected).Select(r => new ImportRejectedRow(run.Id, tenantId, r.FileName, r.LineNumber, r.Reason, r.RawLine)).ToList();
            var bulk = new BulkInserter(db);
            await bulk.AssignIdsAsync(rejected, cancellationToken);
            await bulk.InsertAsync(rejected, cancellationToken);
            var changes = _changes.ForRun(run.Id);
            await bulk.AssignIdsAsync(changes, cancellationToken);
            await bulk.InsertAsync(changes, cancellationToken);
            run.Succeed(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return run;
        }
        catch (Exception error)
        {
            db.ChangeTracker.Clear();
            var failed = await db.ImportRuns.IgnoreQueryFilters().SingleAsync(r => r.Id == run.Id, cancellationToken);
            failed.Fail(error.Message, time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<List<(Tenant Tenant, List<RegisterRecord> Records)>> GroupByTenantAsync(RegisterBatch batch, int? tenantId, ImportRun run, CancellationToken cancellationToken)
    {
        var byAuthority = batch.Records.GroupBy(r => r.LocalAuthority, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        if (tenantId is { } id)
        {
            var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                ?? throw new ImportException("That local authority is not in Ascent.");
            if (string.IsNullOrEmpty(tenant.RegisterName))
                throw new ImportException($"{tenant.Name} has no register name: set the name the regulator uses for it (e.g. \"Kent\") first.");
            var mine = byAuthority.GetValueOrDefault(tenant.RegisterName) ?? [];
            run.OtherLocalAuthorities = batch.Records.Count - mine.Count;
            if (mine.Count == 0)
                throw new ImportException($"The file has no rows for {tenant.RegisterName}: check it is the right file.");
            return [(tenant, mine)];
        }

        var tenants = (await db.Tenants.Where(t => t.RegisterName != null).ToListAsync(cancellationToken))
            .ToDictionary(t => t.RegisterName!, StringComparer.OrdinalIgnoreCase);
        var result = new List<(Tenant, List<RegisterRecord>)>();
        foreach (var (authority, records) in byAuthority.OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (!tenants.TryGetValue(authority, out var tenant))
            {
                tenant = new Tenant(authority, batch.Regulator == "ACECQA" ? TenantKind.ProviderOrganisation : TenantKind.LocalAuthority,
                    batch.Regulator == "ACECQA" ? "Australia" : "England")
                { RegisterName = authority };
                db.Tenants.Add(tenant);
            }

            result.Add((tenant, records));
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    // All local authorities in one pass: one query for what Ascent holds, then one bulk write per table for the whole
    // file. Per local authority, 153 of each made up most of an all-England import (docs/performance.md).
    private async Task ImportTenantsAsync(RegisterBatch batch, List<(Tenant Tenant, List<RegisterRecord> Records)> groups, ImportRun run, CancellationToken cancellationToken)
    {
        var regulator = batch.Regulator;
        var tenantIds = groups.Select(g => g.Tenant.Id).ToList();
        var existingByTenant = (await db.Settings.AsNoTracking()
            .Where(s => tenantIds.Contains(s.TenantId) && s.Regulator == regulator)
            .Select(s => new Existing(s.TenantId, s.Id, s.Reference, s.SourceHash, s.LeftRegisterOn, s.RegisteredOn))
            .ToListAsync(cancellationToken))
            .GroupBy(s => s.TenantId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(s => s.Reference, StringComparer.OrdinalIgnoreCase));

        // Events are kept per local authority and written in its order, as when each was imported on its own.
        var events = groups.ToDictionary(g => g.Tenant.Id, _ => new List<ChangeEvent>());
        var limits = new RegisterLimits(db);
        var added = new List<NewSetting>();
        var changed = new List<(Existing Existing, RegisterRecord Record)>();
        var leavers = new List<int>();
        // A setting whose row was rejected, or whose URN is on rows that differ, stays as it is: it is not a leaver.
        var untouched = batch.Rejected.Where(r => r.Reference is not null).Select(r => r.Reference!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var held = 0;
        foreach (var (tenant, fileRecords) in groups)
        {
            var (records, duplicates, differing) = DuplicateReferences.Separate(fileRecords);
            _extraRejected.AddRange(duplicates);
            untouched.UnionWith(differing);
            var existing = existingByTenant.GetValueOrDefault(tenant.Id) ?? new Dictionary<string, Existing>(StringComparer.OrdinalIgnoreCase);
            // The first import into a local authority's empty register is its baseline: no per-setting events.
            var baseline = existing.Count == 0;
            if (baseline)
                run.MarkBaseline();
            // No file says when it was published; the newest registration Ascent already holds is the latest date
            // the previous import's register is known to cover. Registered by then and still new to Ascent is "first seen".
            var registerAsAt = existing.Values.Max(e => e.RegisteredOn);
            held += existing.Values.Count(e => e.LeftRegisterOn is null);

            var seen = new HashSet<string>(untouched, StringComparer.OrdinalIgnoreCase);
            foreach (var record in records)
            {
                seen.Add(record.Reference);
                if (limits.Problem(record) is { } problem)
                {
                    var origin = record.Origin ?? new RejectedRow("", 0, "", record.Reference);
                    _extraRejected.Add(origin with { Reason = problem });
                    // Still in "seen": the setting is on the register even though this row could not be taken.
                    continue;
                }

                if (!existing.TryGetValue(record.Reference, out var current))
                    added.Add(new NewSetting(tenant, record, baseline ? null : events[tenant.Id], registerAsAt));
                else if (current.SourceHash == record.Hash() && current.LeftRegisterOn is null)
                    run.Unchanged++;
                else
                    changed.Add((current, record));
            }

            leavers.AddRange(existing.Values.Where(e => e.LeftRegisterOn is null && !seen.Contains(e.Reference)).Select(e => e.Id));
        }

        CheckLeavers(batch, groups, held, leavers.Count, run);
        await AddSettingsAsync(added, run, cancellationToken);
        await UpdateSettingsAsync(changed, run, events, cancellationToken);
        if (_rehearsal)
            _leaverIds = leavers;
        else
            await MarkLeaversAsync(leavers, run, events, cancellationToken);

        var all = groups.SelectMany(g => events[g.Tenant.Id]).ToList();
        var bulk = new BulkInserter(db);
        await bulk.AssignIdsAsync(all, cancellationToken);
        await bulk.InsertAsync(all, cancellationToken);
        run.Events += all.Count;
    }

    private ChangeEvent Event(Setting setting, string type, string summary, object? payload, ImportRun run) =>
        new(setting.TenantId, setting.Id, type, summary, payload is null ? null : JsonSerializer.Serialize(payload), time.GetUtcNow(), run.Id);

    private sealed record Existing(int TenantId, int Id, string Reference, string? SourceHash, DateOnly? LeftRegisterOn, DateOnly? RegisteredOn);

    /// A setting to add, with the list its local authority's events go to (null for a baseline: no events), and the
    /// newest registration date of the register Ascent held before (null if unknown).
    private sealed record NewSetting(Tenant Tenant, RegisterRecord Record, List<ChangeEvent>? Events, DateOnly? RegisterAsAt);
}
