namespace Ascent.Web.Domain.QualityMark;

/// The sector groups the impact report splits by, as the Kent Quality Mark's evaluation does (PVI against maintained).
/// Childminders are a group of their own: they are neither, and a quality mark for group settings rarely takes them.
public enum SectorGroup
{
    PrivateVoluntaryIndependent,
    Maintained,
    Childminder,
    NotKnown,
}

public static class SectorGroups
{
    /// The group of a setting from the register's Sector and ProviderType. Ofsted's provider data has no sector column:
    /// Sector comes from the LA's own register (or the demo data), so a setting whose sector was never recorded is
    /// NotKnown rather than guessed. A childminder is a childminder whatever its sector says.
    public static SectorGroup From(string? sector, string? providerType)
    {
        if (Has(providerType, "childminder") || Has(sector, "childminder"))
            return SectorGroup.Childminder;
        if (Has(sector, "maintained") || Has(sector, "local authority") || Has(sector, "school"))
            return SectorGroup.Maintained;
        if (Has(sector, "private") || Has(sector, "voluntary") || Has(sector, "independent")
            || string.Equals(sector?.Trim(), "PVI", StringComparison.OrdinalIgnoreCase))
            return SectorGroup.PrivateVoluntaryIndependent;
        return SectorGroup.NotKnown;
    }

    public static string Name(SectorGroup group) => group switch
    {
        SectorGroup.PrivateVoluntaryIndependent => "Private, voluntary and independent",
        SectorGroup.Maintained => "Maintained",
        SectorGroup.Childminder => "Childminders",
        _ => "Sector not recorded",
    };

    private static bool Has(string? text, string word) =>
        text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}

/// One setting of the LA as the impact report sees it: the caller gathers these; the report only counts.
public sealed record ImpactSetting(
    int SettingId,
    SectorGroup Sector,
    IReadOnlyList<ImpactInspection> Inspections,
    IReadOnlyList<AccreditationPeriod> Accreditations)
{
    /// Accredited on the day: awarded on or before it and not yet ended (a lapsed or withdrawn accreditation ends).
    public bool IsAccreditedOn(DateOnly date) => Accreditations.Any(a => a.Covers(date));

    /// The first award on or before the date, if any: inspections from then on are "during or after accreditation".
    public DateOnly? FirstAwardOnOrBefore(DateOnly date) =>
        Accreditations.Where(a => a.AwardedOn <= date).Select(a => (DateOnly?)a.AwardedOn).Min();
}

/// An inspection by its codes, as stored: the framework, the overall grade (null under a framework with none) and the
/// area grades by area code (the overall area may be among them or not).
public sealed record ImpactInspection(
    string FrameworkCode,
    DateOnly InspectedOn,
    string? OverallGrade,
    IReadOnlyDictionary<string, string> AreaGrades);

/// An accreditation from its award to its end (lapsed, withdrawn or not renewed); EndedOn is null while it stands.
/// The setting is no longer accredited on the day it ended.
public sealed record AccreditationPeriod(DateOnly AwardedOn, DateOnly? EndedOn)
{
    public bool Covers(DateOnly date) => AwardedOn <= date && (EndedOn is null || date < EndedOn);
}
