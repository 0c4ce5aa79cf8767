using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Settings;

/// One inspection of a setting by its regulator. Grades are framework codes (e.g. "2" for Good under
/// Ofsted's EIF, "strong" under the renewed framework), never names, so that the framework data decides how they read.
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
        SettingId = setting.Id; // 0 for a new setting until EF Core fixes it up; set already when an import assigned ids
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

    /// "Full inspection", "No children on roll", "Childcare Register", or the regulator's visit type.
    public string InspectionType { get; private set; }

    public string FrameworkCode { get; private set; }

    public string? OverallGrade { get; private set; }

    public List<InspectionGrade> Grades { get; } = [];

    public List<InspectionItem> Items { get; } = [];

    /// Compliance outcomes (no children on roll, Childcare Register) are not judgements of quality.
    public bool CountsAsLatest => FrameworkCode != "ofsted-compliance";

    public void SetGrade(string areaCode, string gradeCode)
    {
        var existing = Grades.FirstOrDefault(g => g.AreaCode == areaCode);
        if (existing is null)
            Grades.Add(new InspectionGrade(this, areaCode, gradeCode));
        else
            existing.Change(gradeCode);
    }

    public void ChangeOverall(string? overallGrade) => OverallGrade = overallGrade;
}

/// One area's grade in an inspection, e.g. area "quality-of-education", grade "2".
public sealed class InspectionGrade : ISettingOwned
{
    private InspectionGrade()
    {
        AreaCode = "";
        GradeCode = "";
    }

    public InspectionGrade(Inspection inspection, string areaCode, string gradeCode)
    {
        Inspection = inspection;
        TenantId = inspection.TenantId;
        SettingId = inspection.SettingId;
        InspectionId = inspection.Id;
        AreaCode = areaCode;
        GradeCode = gradeCode;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int InspectionId { get; private set; }

    public Inspection? Inspection { get; private set; }

    public string AreaCode { get; private set; }

    public string GradeCode { get; private set; }

    public void Change(string gradeCode) => GradeCode = gradeCode;
}

/// An action (with a date by which it must be done) or a recommendation from an inspection report.
public sealed class InspectionItem : ISettingOwned
{
    private InspectionItem()
    {
        Text = "";
    }

    public InspectionItem(Inspection inspection, InspectionItemKind kind, string text, DateOnly? dueOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Inspection = inspection;
        TenantId = inspection.TenantId;
        SettingId = inspection.SettingId;
        InspectionId = inspection.Id;
        Kind = kind;
        Text = text.Trim();
        DueOn = dueOn;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int InspectionId { get; private set; }

    public Inspection? Inspection { get; private set; }

    public InspectionItemKind Kind { get; private set; }

    public string Text { get; private set; }

    public DateOnly? DueOn { get; private set; }
}

public enum InspectionItemKind
{
    Action = 1,
    Recommendation = 2,
}
