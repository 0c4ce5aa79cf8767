using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Ascent.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Data;

public abstract class DemoDataTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task FirstDemoRun_SeedsAnLaWithHundredsOfSettingsAndUsersForEveryRole()
    {
        var (settings, inspections, users) = await app.WithDbAsync(async (db, _) =>
            (await db.Settings.CountAsync(s => s.LocalAuthorityName == "Northfield"), await db.Inspections.CountAsync(), await db.Users.CountAsync()));
        Assert.InRange(settings, 300, 320);
        Assert.True(inspections > settings, $"{inspections} inspections for {settings} settings");
        Assert.Equal(DemoUsers.LocalAuthority.Count + DemoUsers.Setting.Count + 2, users);
    }

    [Fact]
    public async Task TheStartUpMessage_ListsEverySeededDemoUser_WithTheirRole_AndTheirPasswordChecks()
    {
        var message = Ascent.Web.Infrastructure.StartUpMessage.Compose(["http://localhost:5080"], demoMode: true).Split(Environment.NewLine);
        var seeded = await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Ascent.Web.Domain.People.AppUser>>();
            var found = new List<(string Email, string Role, bool PasswordChecks)>();
            foreach (var user in await db.Users.OrderBy(u => u.Email).ToListAsync())
                found.Add((user.Email!, Assert.Single(await users.GetRolesAsync(user)), await users.CheckPasswordAsync(user, DemoUsers.Password)));
            return found;
        });

        Assert.Equal(14, seeded.Count);
        Assert.All(seeded, u => Assert.True(u.PasswordChecks, u.Email));
        foreach (var (email, role, _) in seeded)
            Assert.Single(message, l => l.EndsWith(email, StringComparison.Ordinal) && l.TrimStart().StartsWith(role + " ", StringComparison.Ordinal));
        Assert.Equal(seeded.Count, message.Count(l => l.EndsWith(".example", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DemoManager_SignsInWithThePublishedPassword_AndReachesTheirHomePage()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SignInAsync("manager@northfield.example", DemoUsers.Password);
        Assert.Equal("/", page.Url);
        Assert.Equal("Welcome, Priya Shah", page.Heading);
        Assert.Contains(DemoUsers.TenantName, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoUsers.SecondTenantName, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSettingManager_HomePage_CountsItsRenewedFrameworkInspection()
    {
        using var browser = app.NewBrowser();
        var home = await browser.SignInAsync("manager@littleacorns.example", DemoUsers.Password);
        // The setting's home shows its own latest inspection, graded area by area under the renewed framework.
        var latest = home.Document.QuerySelector("#inspection")!.NextElementSibling!;
        var grades = latest.QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(), r => r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        Assert.Equal("Needs attention", grades["Curriculum and teaching"]);
        Assert.Equal("Strong standard", grades["Behaviour, attitudes and routines"]);
    }

    [Fact]
    public async Task DemoLaManager_HomePage_CountsEverySetting_RenewedFrameworkInspectionsIncluded()
    {
        using var browser = app.NewBrowser();
        var home = await browser.SignInAsync("manager@northfield.example", DemoUsers.Password);
        var rows = StandingRows(home).ToDictionary(r => r.Standing, r => r.Count);
        var active = await app.WithDbAsync((db, _) => db.Settings.CountAsync(s => s.LocalAuthorityName == "Northfield" && s.LeftRegisterOn == null));
        Assert.Equal(active, rows.Values.Sum());
        Assert.True(rows.GetValueOrDefault("Meets the expected standard or above") > 0, string.Join(", ", rows));
        Assert.True(rows.GetValueOrDefault("Needs attention") > 0, string.Join(", ", rows));
    }

    private static List<(string Standing, int Count)> StandingRows(Page home) =>
        [.. home.Document.QuerySelectorAll("table").First(t => t.TextContent.Contains("How settings are doing", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(r => (r.Children[0].TextContent.Trim(), int.Parse(r.Children[1].TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public async Task DemoSettingManagersApiToken_ListsTheirOwnSetting()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync("manager@littleacorns.example", DemoUsers.Password);
        using var client = ApiClient.For(app, await ApiClient.CreateTokenAsync(browser));
        var list = await (await client.GetAsync("/api/v1/settings")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(DemoUsers.DemoSettingName, item.GetProperty("name").GetString());
        var id = item.GetProperty("id").GetInt32();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/v1/settings/{id}")).StatusCode);
    }

    [Fact]
    public async Task DemoSeniorAdviser_SeesTheDemoCases_WithWorkingDayDeadlines()
    {
        var cases = await app.WithDbAsync((db, _) => db.Cases.Include(c => c.Tasks).Where(c => c.Status == Ascent.Web.Domain.Cases.CaseStatus.Open).ToListAsync());
        Assert.Contains(cases, c => c.PathwayCode == "requires-improvement");
        Assert.Contains(cases, c => c.PathwayCode == "inadequate");
        Assert.Contains(cases, c => c.PathwayCode == "welfare-requirements-notice");
        Assert.Contains(cases, c => c.PathwayCode == "newly-registered");
        // Every deadline falls on a working day.
        Assert.All(cases.SelectMany(c => c.Tasks), t => Assert.True(t.DueOn.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{t.Title} due on a {t.DueOn.DayOfWeek}"));

        using var browser = app.NewBrowser();
        await browser.SignInAsync("senior.adviser@northfield.example", DemoUsers.Password);
        var list = await browser.GetAsync("/cases?Show=open");
        Assert.Contains("Requires improvement to be good", list.Text, StringComparison.Ordinal);
        var tasks = await browser.GetAsync("/tasks");
        Assert.Contains("Allocate the setting to an Improvement Adviser", tasks.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoAdviser_SeesSettingsOverAndUnderRatingThemselves_OnTheCalibrationPage()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync("adviser@northfield.example", DemoUsers.Password);
        var page = await browser.GetAsync("/self-evaluation/calibration");
        Assert.InRange(page.Document.QuerySelectorAll("tr[data-setting]").Length, 12, 15);
        Assert.DoesNotContain(DemoUsers.DemoSettingName, page.Text, StringComparison.Ordinal);
        int Total(int column) => page.Document.QuerySelectorAll("tr[data-area]").Sum(r => int.Parse(r.QuerySelectorAll("td")[column].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Total(0) > 0, "no setting rated itself higher than its inspector");
        Assert.True(Total(2) > 0, "no setting rated itself lower than its inspector");
    }
}

public sealed class DemoSqliteFixture : SqliteFixture
{
    protected override bool DemoMode => true;
}

public sealed class DemoPostgresFixture : PostgresFixture
{
    protected override bool DemoMode => true;
}

public sealed class DemoDataTestsOnSqlite(DemoSqliteFixture app) : DemoDataTests<DemoSqliteFixture>(app);

public sealed class DemoDataTestsOnPostgres(DemoPostgresFixture app) : DemoDataTests<DemoPostgresFixture>(app);
