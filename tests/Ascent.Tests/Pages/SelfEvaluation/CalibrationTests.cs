using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.SelfEvaluation;

/// A setting that graded itself above its inspector is shown as over-rated on its own self-evaluation page and on
/// its LA's calibration page; another LA, a system administrator and the setting's staff do not see the LA's page.
public abstract class CalibrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task SelfGradeAboveTheInspection_ShowsAsOverRatedToTheSettingAndItsLaOnly()
    {
        var settingId = app.World.SettingA1Id;
        var inspectedOn = await app.WithDbAsync(async (db, services) =>
        {
            var framework = services.GetRequiredService<FrameworkRegistry>().Get("ofsted-renewed-2025");
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
            var today = app.Time.Today();
            var evaluation = Evaluation.Start(setting, framework, "Olu Owner", today.AddDays(-60));
            evaluation.Record("inclusion", null, null, null, "strong");
            evaluation.Record("achievement", null, null, null, "strong");
            evaluation.Record("curriculum-and-teaching", null, null, null, "expected");
            evaluation.Finish("Olu Owner", today.AddDays(-30));
            db.SelfEvaluations.Add(evaluation);
            var inspection = new Inspection(setting, "30000001", today.AddDays(-10), "Full inspection", framework.Code, null);
            inspection.SetGrade("inclusion", "expected");
            inspection.SetGrade("achievement", "strong");
            inspection.SetGrade("curriculum-and-teaching", "strong");
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync();
            return inspection.Date;
        });

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var own = await owner.GetAsync($"/settings/{settingId}/self-evaluation");
        Assert.Contains($"How your self-evaluation compared with your inspection of {Ascent.Web.Infrastructure.Format.Date(inspectedOn)}", own.Text, StringComparison.Ordinal);
        string Row(AngleSharp.Dom.IDocument document, string area) => document.QuerySelectorAll("#calibration ~ .app-table-wrapper tr")
            .First(r => r.TextContent.Contains(area, StringComparison.Ordinal)).TextContent;
        Assert.Contains("Rated higher than the inspector", Row(own.Document, "Inclusion"), StringComparison.Ordinal);
        Assert.Contains("Matched", Row(own.Document, "Achievement"), StringComparison.Ordinal);
        Assert.Contains("Rated lower than the inspector", Row(own.Document, "Curriculum and teaching"), StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await owner.GetAsync("/self-evaluation/calibration", follow: false)).Location, StringComparison.Ordinal);

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var la = await adviser.GetAsync("/self-evaluation/calibration");
        var counts = la.Document.QuerySelector("tr[data-area='inclusion']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim());
        Assert.Equal(["1", "0", "0"], counts);
        var row = la.Document.QuerySelector($"tr[data-setting='{settingId}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Inclusion (Strong standard, inspected Expected standard)", row[1]);
        Assert.Equal("Curriculum and teaching (Expected standard, inspected Strong standard)", row[2]);

        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        var theirs = await other.GetAsync("/self-evaluation/calibration");
        Assert.Equal(System.Net.HttpStatusCode.OK, theirs.Status);
        Assert.DoesNotContain("Acorn Day Nursery", theirs.Text, StringComparison.Ordinal);
        Assert.Null(theirs.Document.QuerySelector("tr[data-setting]"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"/settings/{settingId}/self-evaluation")).Status);

        using var system = app.NewBrowser();
        await system.SignInAsync(TestWorld.SystemAdmin);
        var all = await system.GetAsync("/self-evaluation/calibration");
        Assert.Null(all.Document.QuerySelector("tr[data-setting]"));
    }
}

public sealed class CalibrationTestsOnSqlite(SqliteFixture app) : CalibrationTests<SqliteFixture>(app);

public sealed class CalibrationTestsOnPostgres(PostgresFixture app) : CalibrationTests<PostgresFixture>(app);
