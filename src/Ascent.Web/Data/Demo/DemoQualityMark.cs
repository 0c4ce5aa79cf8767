using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The quality mark's demo: Northfield's cohort "2026 to 2027", taking applications today, with three applications
/// waiting for the coordinator: Little Acorns Day Nursery (the demo setting, which has an open programme of support,
/// so fails that criterion) and two group settings that meet every criterion Ascent checks. Seeded after the rest of
/// the demo, dated from its `today`.
public static class DemoQualityMark
{
    public const string CohortName = "2026 to 2027";

    private const string By = "Demo data";

    private const string FrameworkCode = "ofsted-renewed-2025";

    public static async Task SeedAsync(AppDbContext db, FrameworkRegistry frameworks, SchemeDefinition scheme, IReadOnlyList<Setting> northfield, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(northfield);
        var demoSetting = northfield[0];
        var cohort = Cohort.Open(demoSetting.TenantId, scheme, CohortName, today.AddDays(60), today.AddDays(-30), today.AddDays(30), null, "Nadia Brooks", now.AddDays(-31));
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);

        var applicants = await ChooseAsync(db, frameworks, northfield, cancellationToken);
        var framework = frameworks.Get(FrameworkCode);
        foreach (var setting in applicants)
            await MeetCriteriaAsync(db, framework, setting, today, now, cancellationToken);

        db.Accreditations.Add(Accreditation.Apply(cohort, demoSetting.Id,
            "We have grown our practice through the local authority's support this year and want to keep improving: our room leaders meet weekly to reflect on observations and plan changes.",
            "Jo Clarke", today.AddDays(-3)));
        db.Accreditations.Add(Accreditation.Apply(cohort, applicants[0].Id,
            "Our team reflects together every week on what children show us, and we use what we find to change the environment. We want to share our practice with other settings and be challenged to go further.",
            "Demo manager", today.AddDays(-20)));
        db.Accreditations.Add(Accreditation.Apply(cohort, applicants[1].Id,
            "We use the Leuven scales and our own audits to decide what to change, and review each change with the staff team. The quality mark would give our action research a structure and an outside eye.",
            "Demo manager", today.AddDays(-12)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// The two settings that apply alongside Little Acorns and meet every criterion Ascent checks, by name and id.
    public static async Task<IReadOnlyList<(int Id, string Name)>> ApplicantsAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = await db.Accreditations.IgnoreQueryFilters().Where(a => a.Cohort.Name == CohortName)
            .Join(db.Settings.IgnoreQueryFilters(), a => a.SettingId, s => s.Id, (a, s) => new { s.Id, s.Name })
            .Where(s => s.Name != DemoUsers.DemoSettingName).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. applied.Select(s => (s.Id, s.Name))];
    }

    // Group settings (not childminders) still on the register whose standing meets the expected standard, with no open
    // support case, no plan goals and no self-evaluation in progress: the first two in the order they were seeded.
    private static async Task<List<Setting>> ChooseAsync(AppDbContext db, FrameworkRegistry frameworks, IReadOnlyList<Setting> northfield, CancellationToken cancellationToken)
    {
        var ids = northfield.Skip(1).Where(s => s.ProviderType != "Childminder" && s.LeftRegisterOn is null).Select(s => s.Id).ToList();
        var excluded = (await db.Cases.Where(c => ids.Contains(c.SettingId) && c.Status == CaseStatus.Open).Select(c => c.SettingId).ToListAsync(cancellationToken)).ToHashSet();
        // A setting with goals of its own is left alone: its plan is its own, SMART or not.
        excluded.UnionWith(await db.PlanGoals.Where(g => ids.Contains(g.SettingId)).Select(g => g.SettingId).ToListAsync(cancellationToken));
        excluded.UnionWith(await db.SelfEvaluations.Where(e => ids.Contains(e.SettingId) && e.FinishedOn == null).Select(e => e.SettingId).ToListAsync(cancellationToken));
        var loaded = await db.Settings.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var chosen = ids.Select(id => loaded[id])
            .Where(s => !excluded.Contains(s.Id) && frameworks.FindStanding(s.StandingCode).Band == StandingBand.Meets)
            .Take(2).ToList();
        if (chosen.Count < 2)
            throw new InvalidOperationException("The demo has fewer than two settings to apply to the quality mark.");
        return chosen;
    }

    // A finished self-evaluation in the last twelve months and a plan with SMART goals, if it has none.
    private static async Task MeetCriteriaAsync(AppDbContext db, Framework framework, Setting setting, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var finished = await db.SelfEvaluations.AnyAsync(e => e.SettingId == setting.Id && e.FinishedOn >= today.AddMonths(-12), cancellationToken);
        if (!finished)
        {
            var evaluation = Evaluation.Start(setting, framework, By, today.AddDays(-70));
            foreach (var area in Evaluation.AreasOf(framework))
            {
                var grades = framework.ScaleFor(area.Code).GradesBestFirst.Select(v => v.Code).ToList();
                evaluation.Record(area.Code, $"Demo strengths in {area.Name.ToLowerInvariant()}", "Observations, parent survey, staff meeting notes", null, area.ScaleCode == "met-not-met" ? grades[0] : grades[Math.Min(1, grades.Count - 1)]);
            }

            evaluation.Finish(By, today.AddDays(-45));
            db.SelfEvaluations.Add(evaluation);
        }

        if (!await db.PlanGoals.AnyAsync(g => g.SettingId == setting.Id, cancellationToken))
        {
            foreach (var (outcome, measure, step) in new[]
            {
                ("Children lead more of their own play outdoors", "Leuven involvement scores outdoors at 4 or above for most children", "Rearrange the garden into open-ended areas"),
                ("Staff share what they learn from observations each week", "Every room holds a weekly reflection with notes kept", "Set up the weekly reflection meeting"),
            })
            {
                var goal = new PlanGoal(setting, GoalSource.Own, By, now.AddDays(-40));
                goal.Describe(outcome, null, null, null, GoalPriority.Medium, measure, today.AddDays(120));
                goal.AddStep(step, "Room leaders", today.AddDays(40));
                db.PlanGoals.Add(goal);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
