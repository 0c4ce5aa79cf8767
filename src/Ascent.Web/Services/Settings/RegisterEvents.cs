using System.Text.Json;
using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;

namespace Ascent.Web.Services.Settings;

/// Records what an LA learns before (or instead of) the regulator's next file: a judgement or an enforcement
/// notice entered by hand raises the same change event as an import, so the support pathways react the same way.
public sealed class RegisterEvents(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks)
{
    public ChangeEvent Judged(Setting setting, Inspection inspection)
    {
        setting.RefreshLatestInspection(frameworks);
        var grades = inspection.Grades.ToDictionary(g => g.AreaCode, g => g.GradeCode);
        var change = new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement,
            $"{setting.Name} ({setting.Reference}) was inspected on {inspection.Date:d MMMM yyyy} (recorded by {db.CurrentUser.DisplayName})",
            new JudgementPayload(inspection.FrameworkCode, inspection.Number, inspection.Date, inspection.InspectionType, inspection.OverallGrade, grades).ToJson(),
            time.GetUtcNow(), null);
        db.ChangeEvents.Add(change);
        return change;
    }

    public ChangeEvent Noticed(Setting setting, EnforcementEvent notice)
    {
        var change = new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.Enforcement,
            $"{setting.Name} ({setting.Reference}): {Label(notice.Kind).ToLowerInvariant()} of {notice.Date:d MMMM yyyy} (recorded by {db.CurrentUser.DisplayName})",
            JsonSerializer.Serialize(new { notice.Kind, notice.Date }), time.GetUtcNow(), null);
        db.ChangeEvents.Add(change);
        return change;
    }

    public static string Label(EnforcementKind kind) => kind switch
    {
        EnforcementKind.WelfareRequirementsNotice => "Welfare requirements notice",
        EnforcementKind.NoticeOfIntentionToCancel => "Notice of intention to cancel registration",
        EnforcementKind.NoticeOfDecisionToCancel => "Notice of decision to cancel registration",
        EnforcementKind.Suspension => "Suspension of registration",
        EnforcementKind.Cancellation => "Cancellation of registration",
        EnforcementKind.EmergencyCancellation => "Emergency cancellation",
        EnforcementKind.ConditionsImposed => "Conditions imposed on registration",
        EnforcementKind.WarningLetter => "Warning letter",
        _ => "Requirements not met (enforcement)",
    };
}
