namespace Ascent.Web.Domain.Audit;

/// One recorded change: who, when, which entity, and its values before and after (JSON).
/// Written by AppDbContext on every save; Ascent offers no way to edit or delete one.
public sealed class AuditEntry : Tenancy.ILocalAuthorityOnly
{
    private AuditEntry()
    {
        EntityType = "";
        EntityId = "";
        Action = "";
        ActorName = "";
    }

    public AuditEntry(int? tenantId, Guid? actorId, string actorName, DateTimeOffset at, string entityType, string entityId, string action, string? oldValues, string? newValues)
    {
        TenantId = tenantId;
        ActorId = actorId;
        ActorName = actorName;
        At = at;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        OldValues = oldValues;
        NewValues = newValues;
    }

    public long Id { get; private set; }

    public int? TenantId { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// "Created", "Updated" or "Deleted".
    public string Action { get; private set; }

    public string? OldValues { get; private set; }

    public string? NewValues { get; private set; }
}
