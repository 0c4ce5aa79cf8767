using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Settings;

/// One inspection of a setting by its regulator. Grades are framework codes (e.g. "2" for Good under
/// Ofsted's EIF), never names, so that the framework data decides how they read.
public sealed class Inspection : ISettingOwned
{
    private Inspection()
    {
        FrameworkCode = "";
        InspectionType = "";
    }

    public Inspection(Setting setting, string? number, DateOnly date, string inspectionType, string frameworkCode, string? overallGrade)
    {
        ArgumentNullException.ThrowIfNull(setting);
        Setting = setting;
        TenantId = setting.TenantId;
        Number = number;
        Date = date;
        InspectionType = inspectionType;
        FrameworkCode = frameworkCode;
        OverallGrade = overallGrade;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public Setting? Setting { get; private set; }

    public string? Number { get; private set; }

    public DateOnly Date { get; private set; }

    public string InspectionType { get; private set; }

    public string FrameworkCode { get; private set; }

    public string? OverallGrade { get; private set; }
}
