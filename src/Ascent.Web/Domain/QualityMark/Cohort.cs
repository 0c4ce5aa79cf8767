using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// One year's intake of a quality-mark scheme in an LA: the scheme version it runs on, when it starts, and the window
/// in which settings apply. A pilot cohort may run with its own rules, written down so everyone reads the same ones.
/// Settings read their LA's cohorts (to apply); only the LA's staff open or change them.
public sealed class Cohort : ISharedWithSettings
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 60;
    public const int RulesMaxLength = 4000;

    private Cohort()
    {
        SchemeCode = "";
        SchemeVersion = "";
        Name = "";
        PilotRules = "";
        OpenedBy = "";
    }

    private Cohort(int tenantId, SchemeDefinition scheme, string name, DateOnly startsOn, DateOnly applicationsOpenOn, DateOnly applicationsCloseOn, string pilotRules, string openedBy, DateTimeOffset openedAt)
    {
        TenantId = tenantId;
        SchemeCode = scheme.Code;
        SchemeVersion = scheme.Version;
        Name = name;
        StartsOn = startsOn;
        ApplicationsOpenOn = applicationsOpenOn;
        ApplicationsCloseOn = applicationsCloseOn;
        PilotRules = pilotRules;
        OpenedBy = openedBy;
        OpenedAt = openedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The scheme and version the cohort runs on (quality-marks/*.yaml): kept, so a later version never changes what
    /// a cohort already under way was asked for.
    public string SchemeCode { get; private set; }

    public string SchemeVersion { get; private set; }

    public string Name { get; private set; }

    /// The day the accreditation year starts: the panel should decide by SchemeSchedule.DecisionDue from it.
    public DateOnly StartsOn { get; private set; }

    public DateOnly ApplicationsOpenOn { get; private set; }

    public DateOnly ApplicationsCloseOn { get; private set; }

    /// A pilot cohort's own rules, in words; empty for a cohort that runs on the scheme as it is.
    public string PilotRules { get; private set; }

    public bool IsPilot => PilotRules.Length > 0;

    public string OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public int Version { get; private set; }

    /// A new cohort. The application window must close on or before the cohort starts and open before it closes.
    public static Cohort Open(int tenantId, SchemeDefinition scheme, string name, DateOnly startsOn, DateOnly applicationsOpenOn, DateOnly applicationsCloseOn, string? pilotRules, string openedBy, DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (applicationsCloseOn < applicationsOpenOn)
            throw new ArgumentException("Applications cannot close before they open.", nameof(applicationsCloseOn));
        if (applicationsCloseOn > startsOn)
            throw new ArgumentException("Applications must close on or before the day the cohort starts.", nameof(applicationsCloseOn));
        return new Cohort(tenantId, scheme, name.Trim(), startsOn, applicationsOpenOn, applicationsCloseOn, pilotRules?.Trim() ?? "", openedBy, openedAt);
    }

    /// Whether a setting may apply on this day.
    public bool TakesApplicationsOn(DateOnly today) => ApplicationsOpenOn <= today && today <= ApplicationsCloseOn;

    /// Changes the dates and the pilot rules (the scheme version stays: it is what the applicants were asked for).
    public void Change(string name, DateOnly startsOn, DateOnly applicationsOpenOn, DateOnly applicationsCloseOn, string? pilotRules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (applicationsCloseOn < applicationsOpenOn || applicationsCloseOn > startsOn)
            throw new ArgumentException("Applications must open before they close, and close on or before the cohort starts.", nameof(applicationsCloseOn));
        Name = name.Trim();
        StartsOn = startsOn;
        ApplicationsOpenOn = applicationsOpenOn;
        ApplicationsCloseOn = applicationsCloseOn;
        PilotRules = pilotRules?.Trim() ?? "";
        Version++;
    }
}
