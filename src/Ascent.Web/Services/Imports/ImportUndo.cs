using System.Text.Json;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Imports;

/// Reverts the latest import of a scope from what it recorded (ImportChange): rows it modified get their
/// before-image back, rows it added go, its change events not yet acted on are withdrawn. Support cases its events
/// opened or closed are not touched: they are listed for the Senior Improvement Adviser to confirm (ADR 0005).
/// One transaction, like the import itself.
public sealed partial class ImportUndo(AppDbContext db, TimeProvider time)
{
    private const int Chunk = 500;

    /// Why this run cannot be reverted, in plain words, or null when it can.
    public async Task<string?> WhyNotAsync(ImportRun run, CancellationToken cancellationToken)
    {
        if (run.Status == ImportStatus.Reverted)
            return "This import has been reverted.";
        if (run.Status != ImportStatus.Succeeded)
            return "Only an import that finished can be reverted: this one changed nothing.";
        if (run.TenantId is null && !db.CurrentUser.IsSystem)
            return "Only a system administrator can revert an import for every local authority.";
        // An LA's run is followed as much by a system administrator's import for every LA (which the LA administrator
        // cannot see) as by its own next one, hence no query filter. Only runs that changed, or may change, something count.
        var followed = await db.ImportRuns.IgnoreQueryFilters().AnyAsync(r => r.Id > run.Id
            && (r.Status == ImportStatus.Succeeded || r.Status == ImportStatus.Running || r.Status == ImportStatus.Queued)
            && (run.TenantId == null || r.TenantId == null || r.TenantId == run.TenantId), cancellationToken);
        if (followed)
            return "Another import has run since this one. Only the latest import can be reverted.";
        if (run.Added + run.Updated + run.LeftRegister > 0
            && !await db.ImportChanges.AnyAsync(c => c.ImportRunId == run.Id && (c.Kind == ImportChangeKinds.Added || c.Kind == ImportChangeKinds.Modified), cancellationToken))
            return "This import ran before Ascent kept what imports change, so it cannot be reverted.";
        return null;
    }

    /// Reverts the run; returns how many support cases are listed for review.
    public async Task<int> RevertAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        if (await WhyNotAsync(run, cancellationToken) is { } reason)
            throw new ImportException(reason);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var changes = await db.ImportChanges.AsNoTracking()
                .Where(c => c.ImportRunId == run.Id && (c.Kind == ImportChangeKinds.Added || c.Kind == ImportChangeKinds.Modified))
                .OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
            // Children before parents: grades, inspections, enforcement, then the settings themselves.
            await UndoAsync(db.Set<InspectionGrade>(), Of<InspectionGrade>(changes), run, cancellationToken);
            await UndoAsync(db.Set<Inspection>().Include(i => i.Grades), Of<Inspection>(changes), run, cancellationToken);
            await UndoAsync(db.Set<EnforcementEvent>(), Of<EnforcementEvent>(changes), run, cancellationToken);
            await UndoAsync(db.Settings, [.. Of<Setting>(changes).Where(c => c.Kind == ImportChangeKinds.Modified)], run, cancellationToken);
            await RemoveAddedSettingsAsync([.. Of<Setting>(changes).Where(c => c.Kind == ImportChangeKinds.Added).Select(c => (int)c.EntityId)], run, cancellationToken);
            await WithdrawEventsAsync(run, cancellationToken);
            var toReview = await ListCasesAsync(run, cancellationToken);

            run.Revert(db.CurrentUser.DisplayName, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return toReview;
        }
        catch (DbUpdateException error)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw new ImportException($"Nothing was reverted: a setting this import added has since been given records of its own, so it cannot be removed ({error.InnerException?.Message ?? error.Message}).");
        }
    }

    private static List<ImportChange> Of<T>(List<ImportChange> changes) => [.. changes.Where(c => c.Entity == typeof(T).Name)];

    private async Task UndoAsync<T>(IQueryable<T> rows, List<ImportChange> changes, ImportRun run, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var chunk in changes.Chunk(Chunk))
        {
            var ids = chunk.Select(c => (int)c.EntityId).Distinct().ToList();
            var found = (await rows.Where(e => ids.Contains(EF.Property<int>(e, "Id"))).ToListAsync(cancellationToken))
                .ToDictionary(e => (int)db.Entry(e).Property("Id").CurrentValue!);
            foreach (var change in chunk)
            {
                if (!found.TryGetValue((int)change.EntityId, out var row) || db.Entry(row).State == EntityState.Deleted)
                    continue; // gone already, with its parent
                if (change.Kind == ImportChangeKinds.Added)
                {
                    db.Remove(row);
                    continue;
                }

                var entry = db.Entry(row);
                foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(change.Before!)!)
                    entry.Property(name).CurrentValue = value.Deserialize(entry.Property(name).Metadata.ClrType);
            }

            await SaveAndForgetAsync(run, cancellationToken);
        }
    }

    // A setting the import added is removed with its inspections and events, unless a support case was opened for it
    // meanwhile: removing the setting would remove the case unseen, so it is marked as having left the register
    // instead and its case is listed for review.
    private async Task RemoveAddedSettingsAsync(List<int> settingIds, ImportRun run, CancellationToken cancellationToken)
    {
        foreach (var chunk in settingIds.Chunk(Chunk))
        {
            var withCases = await db.Cases.Where(c => chunk.Contains(c.SettingId)).Select(c => c.SettingId).Distinct().ToListAsync(cancellationToken);
            var settings = await db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).Include(s => s.EnforcementEvents)
                .Where(s => chunk.Contains(s.Id)).AsSplitQuery().ToListAsync(cancellationToken);
            foreach (var setting in settings)
            {
                if (withCases.Contains(setting.Id))
                {
                    setting.LeaveRegister(time.Today());
                    setting.SourceHash = null;
                }
                else
                {
                    db.RemoveRange(setting.Inspections.SelectMany(i => i.Grades));
                    db.RemoveRange(setting.Inspections);
                    db.RemoveRange(setting.EnforcementEvents);
                    db.Remove(setting);
                }
            }

            var gone = settings.Where(s => !withCases.Contains(s.Id)).Select(s => s.Id).ToList();
            db.RemoveRange(await db.ChangeEvents.Where(e => gone.Contains(e.SettingId)).ToListAsync(cancellationToken));
            await SaveAndForgetAsync(run, cancellationToken);
        }
    }

    // Events nobody has acted on yet are withdrawn; those the pathways acted on stay as the record of what happened.
    private async Task WithdrawEventsAsync(ImportRun run, CancellationToken cancellationToken)
    {
        while (await db.ChangeEvents.Where(e => e.ImportRunId == run.Id && e.ProcessedAt == null).OrderBy(e => e.Id).Take(Chunk).ToListAsync(cancellationToken) is { Count: > 0 } events)
        {
            db.RemoveRange(events);
            await SaveAndForgetAsync(run, cancellationToken);
        }
    }

    private async Task SaveAndForgetAsync(ImportRun run, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity != run).ToList())
            entry.State = EntityState.Detached;
    }
}
