using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Settings;

/// A regulator's enforcement step against a setting: welfare requirements notice, notice of intention to cancel,
/// suspension, cancellation… Dated, with where the information came from.
public sealed class EnforcementEvent : ISettingOwned
{
    private EnforcementEvent()
    {
        Source = "";
    }

    public EnforcementEvent(Setting setting, EnforcementKind kind, DateOnly date, string source, string? details)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Setting = setting;
        TenantId = setting.TenantId;
        SettingId = setting.Id;
        Kind = kind;
        Date = date;
        Source = source.Trim();
        Details = details?.Trim();
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public Setting? Setting { get; private set; }

    public EnforcementKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public string Source { get; private set; }

    public string? Details { get; private set; }
}

public enum EnforcementKind
{
    WelfareRequirementsNotice = 1,
    NoticeOfIntentionToCancel = 2,
    NoticeOfDecisionToCancel = 3,
    Suspension = 4,
    Cancellation = 5,
    EmergencyCancellation = 6,
    ConditionsImposed = 7,
    WarningLetter = 8,
    ComplianceNotMet = 9,
}
