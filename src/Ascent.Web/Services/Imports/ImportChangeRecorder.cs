using System.Text.Json;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Ascent.Web.Services.Imports;

/// Keeps what an import changes, for ImportUndo: each row it adds, and for each row it modifies the values it
/// overwrites. Read from EF Core's change tracker just before each save (its original values are the before-image),
/// so whatever the comparison logic writes is covered without it knowing. New settings are written by BulkInserter,
/// outside the tracker (and so outside the audit trail): the importer reports those itself.
internal sealed class ImportChangeRecorder
{
    // The register's entities; the import writes no others that a revert must put back (change events are
    // withdrawn by their run id; the run's rejected rows stay as its record).
    private static readonly HashSet<Type> Recorded = [typeof(Setting), typeof(Inspection), typeof(InspectionGrade), typeof(EnforcementEvent)];

    private readonly List<ImportChange> _changes = [];

    public IReadOnlyList<ImportChange> Changes => _changes;

    /// Before a save: the rows about to be added and the original values of those about to be modified.
    public static List<(EntityEntry Entry, string? Before)> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<(EntityEntry, string?)>();
        foreach (var entry in tracker.Entries())
        {
            if (!Recorded.Contains(entry.Entity.GetType()))
                continue;
            if (entry.State == EntityState.Added)
            {
                pending.Add((entry, null));
            }
            else if (entry.State == EntityState.Modified)
            {
                // Version is the concurrency token of what people edit: never put back.
                var before = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && p.Metadata.Name != nameof(Setting.Version))
                    .ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
                if (before.Count > 0)
                    pending.Add((entry, JsonSerializer.Serialize(before)));
            }
        }

        return pending;
    }

    /// After the save, when added rows have their ids.
    public void Complete(List<(EntityEntry Entry, string? Before)> pending)
    {
        foreach (var (entry, before) in pending)
        {
            var id = Convert.ToInt64(entry.Property("Id").CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
            var tenantId = (int)entry.Property("TenantId").CurrentValue!;
            var settingId = entry.Entity is Setting ? (int)id : (int)entry.Property("SettingId").CurrentValue!;
            _changes.Add(new ImportChange(0, tenantId, settingId, entry.Entity.GetType().Name, id, before is null ? ImportChangeKinds.Added : ImportChangeKinds.Modified, before));
        }
    }

    /// Settings written by BulkInserter; their inspections and grades go with them on a revert.
    public void Added(IEnumerable<Setting> settings)
    {
        foreach (var setting in settings)
            _changes.Add(new ImportChange(0, setting.TenantId, setting.Id, nameof(Setting), setting.Id, ImportChangeKinds.Added, null));
    }

    public List<ImportChange> ForRun(long runId) =>
        [.. _changes.Select(c => new ImportChange(runId, c.TenantId, c.SettingId, c.Entity, c.EntityId, c.Kind, c.Before))];
}
