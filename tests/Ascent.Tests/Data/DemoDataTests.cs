using Ascent.Tests.Support;
using Ascent.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;

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
    public async Task DemoManager_SignsInWithThePublishedPassword_AndReachesTheirHomePage()
    {
        using var browser = app.NewBrowser();
        var page = await browser.SignInAsync("manager@northfield.example", DemoUsers.Password);
        Assert.Equal("/", page.Url);
        Assert.Equal("Welcome, Priya Shah", page.Heading);
        Assert.Contains(DemoUsers.TenantName, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoUsers.SecondTenantName, page.Text, StringComparison.Ordinal);
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
