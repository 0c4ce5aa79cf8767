using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's quality-mark evaluators: Ruth Evans and Owen Price have both done the scheme's training (Ruth a year
/// before Owen, and a refresher). A conflict of interest and logged time need a demo setting in a cohort with its
/// evaluator, so they are methods the demo's cohort seeding calls once it has them.
public static class DemoQualityMarkEvaluators
{
    public const string Ruth = "evaluator@northfield.example";
    public const string Owen = "evaluator2@northfield.example";
    private const string Coordinator = "Nadia Brooks";

    /// The shipped scheme (quality-marks/quality-mark.yaml) whose training the demo evaluators have done.
    public const string SchemeCode = "quality-mark";

    /// Seeded as the system, like the rest of the demo.
    public static async Task SeedAsync(AppDbContext db, int tenantId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ruth = await UserIdAsync(db, Ruth, cancellationToken);
        var owen = await UserIdAsync(db, Owen, cancellationToken);
        db.EvaluatorTrainings.AddRange(
            EvaluatorTraining.Record(tenantId, ruth, "Quality Mark evaluator training (two half-days)", today.AddMonths(-14), SchemeCode, Coordinator, now, today),
            EvaluatorTraining.Record(tenantId, ruth, "Environment rating scales: reliability refresher", today.AddMonths(-3), null, Coordinator, now, today),
            EvaluatorTraining.Record(tenantId, owen, "Quality Mark evaluator training (two half-days)", today.AddMonths(-2), SchemeCode, Coordinator, now, today));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// Records a conflict of interest between a demo evaluator (by e-mail) and a setting, as the demo coordinator.
    public static async Task<EvaluatorConflict> RecordConflictAsync(AppDbContext db, string evaluatorEmail, int settingId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var evaluator = await UserIdAsync(db, evaluatorEmail, cancellationToken);
        var tenantId = await db.Settings.Where(s => s.Id == settingId).Select(s => s.TenantId).SingleAsync(cancellationToken);
        var conflict = EvaluatorConflict.Record(tenantId, evaluator, settingId, reason, Coordinator, now);
        db.EvaluatorConflicts.Add(conflict);
        await db.SaveChangesAsync(cancellationToken);
        return conflict;
    }

    private static Task<Guid> UserIdAsync(AppDbContext db, string email, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(cancellationToken);
}
