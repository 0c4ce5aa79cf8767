using System.Text.Json;
using Ascent.Web.Domain.Audit;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Ascent.Web.Data;

public abstract partial class AppDbContext
{
    // Secrets and noise that must never be copied into the audit trail; a change to one shows as "(changed)".
    // Letter is a whole Word document (a funding decision's), kept with its row. Xml is a data-protection key.
    private static readonly HashSet<string> RedactedProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "Value", "Data", "PublicKey", "Letter", "Xml", "Scores"];

    private static readonly JsonSerializerOptions AuditJson = new() { WriteIndented = false };

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        await KeepGoalRevisionsAsync(cancellationToken);
        var changes = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry and not PlanGoalRevision)
            .Select(e => new PendingAudit(e, e.State, e.State == EntityState.Added ? null : Snapshot(e, original: true),
                [.. e.Properties.Where(IsReallyModified).Select(p => p.Metadata.Name)]))
            .Where(p => p.State != EntityState.Modified || p.Modified.Count > 0)
            .ToList();
        if (changes.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // The change and its audit rows commit together or not at all.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var now = _time.GetUtcNow();
            foreach (var change in changes)
                AuditEntries.Add(ToAuditEntry(change, now));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
                await ownTransaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
        }
    }

    private AuditEntry ToAuditEntry(PendingAudit change, DateTimeOffset now)
    {
        var entry = change.Entry;
        var action = change.State switch
        {
            EntityState.Added => "Created",
            EntityState.Deleted => "Deleted",
            _ => "Updated",
        };
        string? oldValues = null, newValues = null;
        if (change.State == EntityState.Modified)
        {
            // Saving resets IsModified, so the names were taken before the save.
            var modified = change.Modified;
            oldValues = Serialize(change.Before!.Where(kv => modified.Contains(kv.Key)));
            newValues = Serialize(Snapshot(entry, original: false).Where(kv => modified.Contains(kv.Key)));
        }
        else if (change.State == EntityState.Added)
        {
            newValues = Serialize(Snapshot(entry, original: false));
        }
        else
        {
            oldValues = Serialize(change.Before!);
        }

        var key = entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
        var tenantId = entry.Entity switch
        {
            ITenantOwned owned => owned.TenantId,
            AppUser user => user.TenantId,
            Tenant tenant => tenant.Id,
            _ => _currentUser.TenantId,
        };
        return new AuditEntry(tenantId, _currentUser.UserId, _currentUser.DisplayName, now,
            entry.Metadata.ClrType.Name, string.Join("/", key), action, oldValues, newValues);
    }

    // Identity's stores call Update(), which marks every column modified; only a changed value is a change.
    private static bool IsReallyModified(PropertyEntry property) =>
        property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);

    private static Dictionary<string, object?> Snapshot(EntityEntry entry, bool original) =>
        entry.Properties.ToDictionary(
            p => p.Metadata.Name,
            p => RedactedProperties.Contains(p.Metadata.Name) ? "(redacted)"
                : IsPrivateValue(entry, p) ? "(kept by the setting)"
                : Auditable(original ? p.OriginalValue : p.CurrentValue));

    // A child's code, name and scores are the setting's alone (ISettingPrivate), and the trail is read by the LA:
    // it records that the row changed and who changed it, with its keys, never the values.
    private static bool IsPrivateValue(EntityEntry entry, PropertyEntry property) =>
        entry.Entity is ISettingPrivate && !property.Metadata.IsKey() && !property.Metadata.IsForeignKey();

    // Files and whole e-mails (which may carry a password-reset link) are recorded by size, not copied into the trail.
    private static object? Auditable(object? value) => value is byte[] bytes ? $"({bytes.Length:N0} bytes)" : value;

    private static string Serialize(IEnumerable<KeyValuePair<string, object?>> values) =>
        JsonSerializer.Serialize(values.ToDictionary(kv => kv.Key, kv => kv.Value), AuditJson);

    private sealed record PendingAudit(EntityEntry Entry, EntityState State, Dictionary<string, object?>? Before, HashSet<string> Modified);
}
