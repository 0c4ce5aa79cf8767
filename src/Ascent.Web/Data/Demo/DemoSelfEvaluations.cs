using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// Gives about fifteen Northfield settings a recent inspection under the renewed framework and a self-evaluation
/// finished a few weeks before it, some graded higher and some lower than the inspector, so the LA's calibration page
/// has numbers to show. The demo setting is left alone: its people start their own self-evaluation in the demo.
public sealed class DemoSelfEvaluations(AppDbContext db, FrameworkRegistry frameworks)
{
    private const int Wanted = 15;
    private const string FrameworkCode = "ofsted-renewed-2025";

    public async Task SeedAsync(IReadOnlyList<Setting> seeded, DateOnly today, CancellationToken cancellationToken)
    {
        var framework = frameworks.Get(FrameworkCode);
        var random = new Random(2027);
        var ids = seeded.Where(s => s.Name != DemoUsers.DemoSettingName).Select(s => s.Id).ToList();
        // Loaded again because the pathway engine may have cleared the change tracker, and an inspection added to an
        // untracked setting would not be saved; ordered as seeded so every demo picks the same settings.
        var loaded = await db.Settings.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var settings = ids.Select(id => loaded[id]).ToList();
        var withCases = (await db.Cases.Where(c => ids.Contains(c.SettingId)).Select(c => c.SettingId).ToListAsync(cancellationToken)).ToHashSet();
        var inspected = await db.Inspections.Include(i => i.Grades)
            .Where(i => ids.Contains(i.SettingId) && i.FrameworkCode == FrameworkCode).ToListAsync(cancellationToken);

        // DemoCases judged a few settings under the renewed framework; the rest are recent good inspections, with no
        // change event, so that they open no support case.
        var chosen = inspected.GroupBy(i => i.SettingId).Select(g => g.OrderByDescending(i => i.Date).First()).ToList();
        var earliest = framework.ValidFrom ?? today.AddYears(-1);
        foreach (var setting in settings.Where(s => s.Name != DemoUsers.DemoSettingName && s.ProviderType != "Childminder"
            && !withCases.Contains(s.Id) && chosen.All(i => i.SettingId != s.Id)).Take(Math.Max(0, Wanted - chosen.Count)))
        {
            var date = today.AddDays(-random.Next(30, 200));
            if (date < earliest)
                date = earliest;
            var inspection = new Inspection(setting, $"3{date.DayNumber}{setting.Id % 100:00}", date, "Full inspection", FrameworkCode, null);
            foreach (var area in Evaluation.AreasOf(framework))
            {
                var grades = framework.ScaleFor(area.Code).GradesBestFirst.Select(v => v.Code).ToList();
                // Mostly expected or strong; safeguarding met.
                inspection.SetGrade(area.Code, area.ScaleCode == "met-not-met" ? grades[0] : grades[random.NextDouble() < 0.3 ? 1 : 2]);
            }

            setting.Inspections.Add(inspection);
            setting.RefreshLatestInspection(frameworks);
            chosen.Add(inspection);
        }

        foreach (var inspection in chosen)
        {
            var setting = settings.Single(s => s.Id == inspection.SettingId);
            var evaluation = Evaluation.Start(setting, framework, "Demo data", inspection.Date.AddDays(-90));
            // Some settings think better of themselves than the inspector did, some worse, most agree in most areas.
            var leaning = random.Next(3) - 1;
            foreach (var area in Evaluation.AreasOf(framework))
            {
                var grades = framework.ScaleFor(area.Code).GradesBestFirst.Select(v => v.Code).ToList();
                var given = inspection.Grades.FirstOrDefault(g => g.AreaCode == area.Code)?.GradeCode;
                var at = given is null ? grades.Count / 2 : grades.IndexOf(given);
                var shift = random.NextDouble() < 0.4 ? -leaning : 0;
                if (random.NextDouble() < 0.15)
                    shift = random.Next(3) - 1;
                var own = grades[Math.Clamp(at + shift, 0, grades.Count - 1)];
                evaluation.Record(area.Code, $"Demo strengths in {area.Name.ToLowerInvariant()}", "Observations, parent survey, staff meeting notes", null, own);
            }

            evaluation.Finish("Demo data", inspection.Date.AddDays(-random.Next(10, 40)));
            db.SelfEvaluations.Add(evaluation);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
