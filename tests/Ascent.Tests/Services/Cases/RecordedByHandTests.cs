using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Services.Cases;

/// A judgement or a notice the LA learns of before the regulator's file: entered by hand, it opens its case at once.
public abstract class RecordedByHandTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private Task<List<SupportCase>> CasesAsync(int settingId) =>
        app.WithDbAsync((db, _) => db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).Where(c => c.SettingId == settingId).ToListAsync());

    [Fact]
    public async Task AJudgementEnteredByHand_UnderTheRenewedFramework_OpensTheRequiresImprovementPathway()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.SeniorA);
        var choose = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/judgements/new");
        Assert.Contains("ofsted-renewed-2025", choose.Text, StringComparison.Ordinal);
        var form = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/judgements/new?Framework=ofsted-renewed-2025");
        Assert.True(form.Text.Contains("Curriculum and teaching", StringComparison.Ordinal), form.Document.QuerySelector("main")?.TextContent);

        var empty = await browser.SubmitAsync(form);
        Assert.Contains("Select at least one grade", empty.ErrorMessages);
        Assert.Contains("Enter the date of the inspection, today or earlier", empty.ErrorMessages);

        var today = app.Time.Today().AddDays(-7);
        var saved = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["InspectedOn.Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InspectedOn.Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InspectedOn.Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Grades[safeguarding]"] = "met",
            ["Grades[curriculum-and-teaching]"] = "needs-attention",
            ["Grades[leadership-and-governance]"] = "expected",
        });
        Assert.Contains("recorded", saved.Text, StringComparison.Ordinal);
        Assert.Contains(await CasesAsync(app.World.SettingA1Id), c => c.PathwayCode == "requires-improvement" && c.Status == CaseStatus.Open);
    }

    [Fact]
    public async Task AJudgementEnteredByHand_WithTheNumberOfOneTheSettingHas_IsRefused_AndNothingIsRecorded()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.SeniorA);
        var form = await browser.GetAsync($"/settings/{app.World.SettingB1Id}/judgements/new?Framework=ofsted-eif-2019");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, form.Status);
        form = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/judgements/new?Framework=ofsted-eif-2019");
        Task<int> InspectionsAsync() => app.WithDbAsync((db, _) => db.Inspections.IgnoreQueryFilters().CountAsync(i => i.SettingId == app.World.SettingA1Id));
        var before = await InspectionsAsync();
        var day = app.Time.Today().AddDays(-3);
        var refused = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Number"] = " 10000001 ",
            ["InspectionType"] = "Full inspection",
            ["InspectedOn.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InspectedOn.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InspectedOn.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Grades[overall]"] = "2",
        });
        Assert.Equal(["This setting already has an inspection with that number"], refused.ErrorMessages);
        Assert.Equal(before, await InspectionsAsync());
    }

    [Fact]
    public async Task AWelfareRequirementsNoticeEnteredByHand_OpensItsPathway_AndSettingStaffCannotEnterOne()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);
        var form = await browser.GetAsync($"/settings/{app.World.SettingA2Id}/notices/new");
        var today = app.Time.Today();
        await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Kind"] = "WelfareRequirementsNotice",
            ["IssuedOn.Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IssuedOn.Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IssuedOn.Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Details"] = "Paediatric first aid cover",
        });
        var supportCase = Assert.Single(await CasesAsync(app.World.SettingA2Id), c => c.PathwayCode == "welfare-requirements-notice");
        Assert.Single(supportCase.Tasks, t => t.Key == "contact-setting");

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var denied = await owner.GetAsync($"/settings/{app.World.SettingA2Id}/notices/new", follow: false);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, denied.Status);
    }
}

public sealed class RecordedByHandTestsOnSqlite(SqliteFixture app) : RecordedByHandTests<SqliteFixture>(app);

public sealed class RecordedByHandTestsOnPostgres(PostgresFixture app) : RecordedByHandTests<PostgresFixture>(app);
