using Ascent.Tests.Pages.Instruments.Questionnaires;
using Ascent.Tests.Pages.Instruments.Results;
using Ascent.Tests.Pages.Screening;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Pages.Shared;

/// The service navigation: exactly one current item on every page of a section, the one owning the longest part of
/// the address; the pages that set Ascent up gathered under Manage; lists in the full-width column, forms in two-thirds.
public abstract class ServiceNavigationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task SettingStaff_SeeOneCurrentItem_EvenWhereTheirSettingsAddressesNest()
    {
        var s = app.World.SettingA1Id;
        await AssertCurrentAsync(TestWorld.OwnerA1, new()
        {
            ["/"] = "Home",
            ["/settings"] = "Settings",
            [$"/settings/{s}"] = "Settings",
            [$"/settings/{s}/self-evaluation"] = "Self-evaluation",
            [$"/settings/{s}/plan"] = "Improvement plan",
            [$"/settings/{s}/plan/history"] = "Improvement plan",
            [$"/settings/{s}/visits"] = "Visits",
            ["/visits"] = "Visits",
            ["/people"] = "People",
            ["/notifications"] = "Notifications",
            ["/account"] = "Your account",
        });
    }

    [Fact]
    public async Task ASettingsAuditsScreeningQuestionnairesAndCharts_AreUnderSettings_AndTheInstrumentsToolsUnderManageForLaStaff()
    {
        var s = app.World.SettingA2Id;
        var (audit, round, questionnaire) = await RecordsAsync(s);
        var settingRecords = new Dictionary<string, string>
        {
            [$"/settings/{s}/audits"] = "Settings",
            [$"/audits/{audit}"] = "Settings",
            [$"/audits/{audit}/results"] = "Settings",
            [$"/settings/{s}/screening"] = "Settings",
            [$"/screening/rounds/{round}"] = "Settings",
            [$"/settings/{s}/questionnaires"] = "Settings",
            [$"/questionnaires/{questionnaire}"] = "Settings",
            [$"/settings/{s}/charts"] = "Settings",
            ["/screening"] = "Settings",
        };
        await AssertCurrentAsync(TestWorld.OwnerA2, new(settingRecords)
        {
            [$"/screening/rounds/{round}/grid"] = "Settings",
            ["/audits/export"] = "Settings",
            ["/instruments"] = "Settings",
            [$"/settings/{s}/plan"] = "Improvement plan",
        });
        await AssertCurrentAsync(TestWorld.AdviserA, new(settingRecords)
        {
            ["/audits"] = "Settings",
            ["/audits/export"] = "Manage",
            ["/audits/import"] = "Manage",
            ["/instruments"] = "Manage",
            ["/instruments/agreement"] = "Manage",
            ["/instruments/ecers-3"] = "Manage",
        });
    }

    /// A finished audit, a screening round and a questionnaire round of the setting, made as its owner would.
    private async Task<(int Audit, int Round, int Questionnaire)> RecordsAsync(int settingId)
    {
        var audit = await app.WithDbAsync(async (db, services) =>
            await ResultsSeed.RatingAsync(db, services, settingId, null, "ecers-3", new DateOnly(2026, 10, 1), [("Ada Adviser", SheetKind.Observer, ResultsSeed.Scores(5))]));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var room = await ScreeningSupport.AddRoomAsync(owner, settingId, "Menu room");
        await ScreeningSupport.AddChildrenAsync(owner, settingId, room, "M01");
        var grid = await ScreeningSupport.StartRoundAsync(owner, settingId, room);
        var (questionnaire, _) = await QuestionnaireFlow.StartAsync(owner, settingId, "parent-questionnaire", new DateOnly(2026, 12, 7));
        return (audit, int.Parse(grid.Url.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture), questionnaire);
    }

    [Fact]
    public async Task LaStaff_SeeOneCurrentItem_AndTheAdministrationPagesUnderManage()
    {
        var s = app.World.SettingA1Id;
        await AssertCurrentAsync(TestWorld.AdminA, new()
        {
            ["/"] = "Home",
            ["/settings"] = "Settings",
            [$"/settings/{s}"] = "Settings",
            [$"/settings/{s}/self-evaluation"] = "Settings",
            [$"/settings/{s}/plan"] = "Settings",
            ["/settings/groupings"] = "Manage",
            ["/tasks"] = "Tasks",
            ["/cases"] = "Cases",
            ["/visits"] = "Visits",
            ["/visits/templates"] = "Manage",
            ["/funding"] = "Cases",
            ["/partnerships"] = "Partnerships",
            ["/offer"] = "Training",
            ["/offer/terms"] = "Training",
            ["/funding/letter-template"] = "Manage",
            ["/self-evaluation/calibration"] = "Settings",
            ["/self-evaluation/guidance"] = "Manage",
            ["/manage"] = "Manage",
            ["/people"] = "Manage",
            ["/imports"] = "Manage",
            ["/pathways"] = "Manage",
            ["/audit"] = "Manage",
            ["/outbox"] = "Manage",
            ["/quality-mark"] = "Manage",
        });
        await AssertCurrentAsync(TestWorld.AdviserA, new()
        {
            ["/pathways"] = "Manage",
            ["/settings/groupings"] = "Manage",
            [$"/settings/{s}/plan"] = "Settings",
            ["/tasks"] = "Tasks",
        });
        await AssertCurrentAsync(TestWorld.SystemAdmin, new()
        {
            ["/tenants"] = "Manage",
            ["/outbox"] = "Manage",
            ["/settings"] = "Settings",
        });
    }

    [Fact]
    public async Task TheMenuKeepsToTheDailyWork_AndManageListsWhatThePersonMayOpen()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var home = await admin.GetAsync("/");
        Assert.Equal(["Home", "Settings", "Tasks", "Cases", "Visits", "Training", "Partnerships", "Manage", "Notifications", "Your account", "Sign out"], MenuItems(home));
        Assert.NotNull((await admin.GetAsync("/cases")).Document.QuerySelector("main a[href='/funding']"));

        var manage = await admin.GetAsync("/manage");
        var links = manage.Document.QuerySelectorAll("main a.govuk-link").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("People", "/people"), ("Imports", "/imports"), ("Local groupings", "/settings/groupings"), ("Pathways", "/pathways"), ("Instruments", "/instruments"),
             ("Note of visit templates", "/visits/templates"), ("Self-evaluation guidance", "/self-evaluation/guidance"), ("Funding letter", "/funding/letter-template"), ("Audit trail", "/audit"), ("E-mail", "/outbox"),
             ("Quality mark", "/quality-mark")],
            links);

        // The quality mark's coordinator has it as an item of its own, in Partnerships' place, so the row fits with a count.
        using var coordinator = await app.SignInAsNewLaStaffAsync("menu.coordinator@ashdown.test", "Nadia Brooks", Web.Domain.People.Roles.QualityMarkCoordinator);
        Assert.Equal(["Home", "Settings", "Tasks", "Cases", "Visits", "Quality mark", "Manage", "Notifications", "Your account", "Sign out"], MenuItems(await coordinator.GetAsync("/")));

        using var sysadmin = app.NewBrowser();
        await sysadmin.SignInAsync(TestWorld.SystemAdmin);
        var all = (await sysadmin.GetAsync("/manage")).Document.QuerySelectorAll("main a.govuk-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["People", "Imports", "Audit trail", "E-mail", "Local authorities"], all);

        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var own = await practitioner.GetAsync("/");
        Assert.DoesNotContain("Manage", MenuItems(own));
        var nothing = await practitioner.GetAsync("/manage");
        Assert.Empty(nothing.Document.QuerySelectorAll("main a.govuk-link"));
        Assert.Contains("There is nothing here for your role", nothing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_TakeTheFullWidth_AndForms_KeepTwoThirds()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        string[] lists = ["/settings", "/cases", "/tasks", "/visits", "/funding", "/people", "/imports", "/audit", "/outbox", "/notifications", "/pathways", "/instruments",
            "/self-evaluation/calibration", $"/settings/{app.World.SettingA1Id}/plan", $"/settings/{app.World.SettingA1Id}/evidence", $"/settings/{app.World.SettingA1Id}/visits",
            $"/settings/{app.World.SettingA1Id}/audits", "/audits", "/instruments/agreement"];
        foreach (var url in lists)
        {
            var page = await admin.GetAsync(url);
            var column = page.Document.QuerySelector("main > .govuk-grid-row > .govuk-grid-column-full");
            Assert.True(column is not null, $"{url} is not in the full-width column");
            Assert.NotNull(column.QuerySelector("h1"));
        }

        foreach (var url in new[] { "/people/invite", "/account", $"/settings/{app.World.SettingA1Id}/contacts" })
        {
            var page = await admin.GetAsync(url);
            Assert.Null(page.Document.QuerySelector("main > .govuk-grid-row > .govuk-grid-column-full"));
            Assert.NotNull(page.Document.QuerySelector("main .govuk-grid-column-two-thirds form, main .govuk-grid-column-two-thirds .govuk-summary-list"));
        }

        using var sysadmin = app.NewBrowser();
        await sysadmin.SignInAsync(TestWorld.SystemAdmin);
        Assert.NotNull((await sysadmin.GetAsync("/tenants")).Document.QuerySelector("main > .govuk-grid-row > .govuk-grid-column-full table"));
    }

    private static List<string> MenuItems(Page page) =>
        [.. page.Document.QuerySelectorAll(".govuk-service-navigation__item").Select(i => i.TextContent.Trim())];

    private async Task AssertCurrentAsync(string email, Dictionary<string, string> expected)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email);
        var wrong = new List<string>();
        foreach (var (url, item) in expected)
        {
            var page = await browser.GetAsync(url);
            var current = page.Document.QuerySelectorAll(".govuk-service-navigation__item--active").Select(i => i.TextContent.Trim()).ToList();
            var ariaCurrent = page.Document.QuerySelectorAll(".govuk-service-navigation [aria-current=page]").Length;
            if (current.Count != 1 || current[0] != item || ariaCurrent != 1)
                wrong.Add($"{url}: expected only {item} current, got [{string.Join(", ", current)}] ({(int)page.Status})");
        }

        Assert.True(wrong.Count == 0, $"{email}:\n" + string.Join("\n", wrong));
    }
}

public sealed class ServiceNavigationTestsOnSqlite(SqliteFixture app) : ServiceNavigationTests<SqliteFixture>(app);

public sealed class ServiceNavigationTestsOnPostgres(PostgresFixture app) : ServiceNavigationTests<PostgresFixture>(app);
