using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Imports;

public sealed partial class RegisterImporter
{
    // Set while checking a file: the import runs as it would, inside a transaction that is rolled back, and settings
    // that would leave are only counted (marking tens of thousands to roll them back would make a check slow).
    private bool _rehearsal;
    private List<int> _leaverIds = [];

    /// Shows what importing the batch would do and writes nothing: the real comparison runs inside a transaction
    /// that is rolled back, and the pathway engine acts on its change events there too, so the cases it would open
    /// and close are the ones it will open and close (if nothing else changes in between).
    public async Task<ImportPlan> PreviewAsync(RegisterBatch batch, int? tenantId, PathwayEngine pathways, CancellationToken cancellationToken = default)
    {
        if (tenantId is null && !db.CurrentUser.IsSystem)
            throw new ImportException("Only a system administrator can import for every local authority.");

        _rehearsal = true;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var run = new ImportRun(tenantId, batch.Source, string.Join(", ", batch.FileNames), db.CurrentUser.DisplayName, time.GetUtcNow()) { RowsRead = batch.RowsRead };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            var groups = await GroupByTenantAsync(batch, tenantId, run, cancellationToken);
            await ImportTenantsAsync(batch, groups, run, cancellationToken);

            var events = await db.ChangeEvents.IgnoreQueryFilters().Where(e => e.ImportRunId == run.Id)
                .GroupBy(e => e.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            if (_leaverIds.Count > 0)
                events[ChangeEventTypes.LeftRegister] = _leaverIds.Count;
            var closing = await OpenCasesOfLeaversAsync(cancellationToken);
            var eventIds = await db.ChangeEvents.IgnoreQueryFilters().Where(e => e.ImportRunId == run.Id).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
            var plan = new ImportPlan(run.RowsRead, run.Added, run.Updated, run.Unchanged, [.. batch.Rejected, .. _extraRejected], run.OtherLocalAuthorities,
                _leaverIds.Count, run.IsBaseline, events, LeaverCheck, [], closing);
            var forecast = await pathways.RehearseAsync(eventIds, cancellationToken);
            return plan with { CasesOpening = forecast.Opening, CasesClosing = [.. closing, .. forecast.Closing] };
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            _rehearsal = false;
            _leaverIds = [];
            _extraRejected.Clear();
        }
    }

    // Stops the import before it writes anything when more settings would leave than may leave unconfirmed.
    private void CheckLeavers(RegisterBatch batch, List<(Tenant Tenant, List<RegisterRecord> Records)> groups, int held, int leaving, ImportRun run)
    {
        var names = groups.Select(g => g.Tenant.RegisterName ?? g.Tenant.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unidentified = batch.Rejected.Count(r => r.Reference is null && (r.LocalAuthority is null || names.Contains(r.LocalAuthority)));
        var scope = groups.Count == 1 ? groups[0].Tenant.Name : $"these {groups.Count:N0} local authorities";
        LeaverCheck = new LeaverCheck(held, leaving, unidentified, scope);
        if (_rehearsal)
            return;
        var confirmed = ConfirmedLeavers ?? run.ConfirmedLeavers;
        if (!LeaverCheck.IsConfirmedBy(confirmed))
            throw new ImportException(LeaverCheck.Refusal(confirmed));
        if (confirmed is { } count)
            run.ConfirmLeavers(count);
    }

    // What the pathway engine does with a left-register event, counted in one query instead of one event at a time.
    private async Task<List<string>> OpenCasesOfLeaversAsync(CancellationToken cancellationToken)
    {
        var closing = new List<string>();
        foreach (var chunk in _leaverIds.Chunk(500))
        {
            closing.AddRange(await db.Cases.IgnoreQueryFilters().Where(c => chunk.Contains(c.SettingId) && c.Status != CaseStatus.Closed)
                .OrderBy(c => c.Id).Select(c => c.Setting!.Name + " (" + c.Setting.Reference + "): " + c.PathwayName + " closes, the setting left the register")
                .ToListAsync(cancellationToken));
        }

        return closing;
    }
}

/// What an import would do, worked out without writing anything (see RegisterImporter.PreviewAsync).
public sealed record ImportPlan(
    int RowsRead,
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<RejectedRow> Rejected,
    int OtherLocalAuthorities,
    int LeavingRegister,
    bool IsBaseline,
    IReadOnlyDictionary<string, int> EventsByKind,
    LeaverCheck Leavers,
    IReadOnlyList<string> CasesOpening,
    IReadOnlyList<string> CasesClosing)
{
    public string Summary =>
        $"{RowsRead:N0} rows: {Added:N0} would be added, {Updated:N0} updated, {Unchanged:N0} unchanged, {Rejected.Count:N0} rejected; {LeavingRegister:N0} {(LeavingRegister == 1 ? "setting" : "settings")} would leave the register";
}
