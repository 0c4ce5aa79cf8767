using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// One item's answer on a sheet: a score on the instrument's scale, a checklist answer, or not applicable; with the
/// observer's note (on the agreed sheet, the note of how the two observers agreed). DecidedBy is the indicator that
/// settled a score derived from indicators.
public sealed class AuditAnswer : ISettingOwned
{
    public const int NoteMaxLength = 2000;
    public const int ItemMaxLength = 50;

    private AuditAnswer()
    {
        ItemNumber = "";
        Note = "";
    }

    internal AuditAnswer(AuditSheet sheet, string itemNumber)
    {
        Sheet = sheet;
        TenantId = sheet.TenantId;
        SettingId = sheet.SettingId;
        ItemNumber = itemNumber;
        Note = "";
    }

    public int Id { get; private set; }

    public int SheetId { get; private set; }

    public AuditSheet Sheet { get; private set; } = null!;

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string ItemNumber { get; private set; }

    public int? Score { get; set; }

    public ChecklistAnswer? Checklist { get; set; }

    public bool NotApplicable { get; set; }

    public string? DecidedBy { get; set; }

    public string Note { get; set; }

    public bool IsAnswered => Score.HasValue || Checklist.HasValue || NotApplicable;

    /// Counts the changes to this answer, so a save from a page (or a tab) opened before another change to the same
    /// item is caught and the person told, rather than one silently overwriting the other.
    public int Version { get; private set; }

    public void MarkChanged() => Version++;
}

/// One indicator's yes, no or not applicable on a sheet.
public sealed class AuditIndicatorAnswer : ISettingOwned
{
    public const int CodeMaxLength = 10;

    private AuditIndicatorAnswer()
    {
        ItemNumber = "";
        IndicatorCode = "";
    }

    internal AuditIndicatorAnswer(AuditSheet sheet, string itemNumber, string indicatorCode, IndicatorAnswer answer)
    {
        Sheet = sheet;
        TenantId = sheet.TenantId;
        SettingId = sheet.SettingId;
        ItemNumber = itemNumber;
        IndicatorCode = indicatorCode;
        Answer = answer;
    }

    public int Id { get; private set; }

    public int SheetId { get; private set; }

    public AuditSheet Sheet { get; private set; } = null!;

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public string ItemNumber { get; private set; }

    public string IndicatorCode { get; private set; }

    public IndicatorAnswer Answer { get; set; }
}
