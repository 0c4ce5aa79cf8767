using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// A conflict of interest between an evaluator and a setting (they worked there, a relative runs it, they advise it
/// under a support case …): while it stands the evaluator cannot be allocated to that setting. It is never deleted:
/// removing it records who removed it, when and why, so the allocation it then allows can be explained.
public sealed class EvaluatorConflict : ITenantOwned, ILocalAuthorityOnly
{
    public const int ReasonMaxLength = 1000;

    private EvaluatorConflict()
    {
        Reason = "";
        RecordedBy = "";
        RemovalReason = "";
    }

    private EvaluatorConflict(int tenantId, Guid userId, int settingId, string reason, string recordedBy, DateTimeOffset recordedAt)
    {
        TenantId = tenantId;
        UserId = userId;
        SettingId = settingId;
        Reason = reason;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        RemovalReason = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The evaluator.
    public Guid UserId { get; private set; }

    public int SettingId { get; private set; }

    public string Reason { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string RemovalReason { get; private set; }

    public int Version { get; private set; }

    /// Still in force: the evaluator cannot be allocated to the setting.
    public bool IsCurrent => RemovedAt is null;

    public static EvaluatorConflict Record(int tenantId, Guid userId, int settingId, string reason, string recordedBy, DateTimeOffset recordedAt)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("Say what the conflict of interest is.", nameof(reason));
        if (reason.Trim().Length > ReasonMaxLength)
            throw new ArgumentException($"The reason must be {ReasonMaxLength} characters or fewer.", nameof(reason));
        return new EvaluatorConflict(tenantId, userId, settingId, reason.Trim(), recordedBy, recordedAt);
    }

    /// The conflict no longer stands (the evaluator left the setting's employ, the relative moved on …).
    public void Remove(string by, DateTimeOffset at, string reason)
    {
        if (!IsCurrent)
            throw new InvalidOperationException("This conflict of interest has already been removed.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("Say why the conflict of interest no longer stands.", nameof(reason));
        if (reason.Trim().Length > ReasonMaxLength)
            throw new ArgumentException($"The reason must be {ReasonMaxLength} characters or fewer.", nameof(reason));
        RemovedBy = by;
        RemovedAt = at;
        RemovalReason = reason.Trim();
        Version++;
    }
}
