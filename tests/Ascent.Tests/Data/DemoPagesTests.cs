using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Data;

/// Every page a demo user can reach, on the demo data, as each kind of user: none may fail. Pages that refuse a role
/// answer 403 or redirect, never 500.
public abstract class DemoPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Theory]
    [InlineData("senior.adviser@northfield.example")]
    [InlineData("manager@northfield.example")]
    [InlineData("la.admin@northfield.example")]
    [InlineData("adviser@northfield.example")]
    [InlineData("owner@littleacorns.example")]
    public async Task EveryPage_AnswersWithoutAnError(string email)
    {
        var ids = await app.WithDbAsync(async (db, _) => new
        {
            Case = await db.Cases.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            Task = await db.CaseTasks.IgnoreQueryFilters().OrderBy(t => t.Id).Select(t => new { t.CaseId, t.Id }).FirstAsync(),
            Setting = await db.Settings.IgnoreQueryFilters().Where(s => s.Name == DemoUsers.DemoSettingName).Select(s => s.Id).FirstAsync(),
            Version = await db.PathwayVersions.IgnoreQueryFilters().OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(),
        });
        string[] pages =
        [
            "/", "/settings", "/settings?Query=nursery", $"/settings/{ids.Setting}", $"/settings/{ids.Setting}/groupings", $"/settings/{ids.Setting}/contacts",
            $"/settings/{ids.Setting}/judgements/new", $"/settings/{ids.Setting}/judgements/new?Framework=ofsted-renewed-2025", $"/settings/{ids.Setting}/notices/new",
            "/settings/groupings", "/tasks", "/cases", "/cases?Show=unallocated", "/cases?Show=closed", "/cases/overview", "/cases/initial",
            $"/cases/{ids.Case}", $"/cases/{ids.Task.CaseId}/tasks/{ids.Task.Id}", $"/cases/{ids.Case}/concerns", $"/cases/{ids.Case}/close",
            "/pathways", $"/pathways/versions/{ids.Version}", "/pathways/terms", "/funding", "/notifications", "/people", "/imports", "/audit", "/outbox", "/account",
            "/visits", "/visits?show=all", "/visits/templates", "/visits/templates/pathway", $"/settings/{ids.Setting}/visits", $"/settings/{ids.Setting}/visits/new",
            $"/settings/{ids.Setting}/self-evaluation", $"/settings/{ids.Setting}/plan", $"/settings/{ids.Setting}/plan/goal", "/self-evaluation/calibration",
        ];
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email, DemoUsers.Password);
        foreach (var url in pages)
        {
            var page = await browser.GetAsync(url, follow: false);
            Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{email} {url}: {(int)page.Status}");
            if (page.Status == HttpStatusCode.NotFound)
                Assert.StartsWith("/settings/", url, StringComparison.Ordinal); // another setting's pages, for setting staff
        }
    }
}

public sealed class DemoPagesTestsOnSqlite(DemoSqliteFixture app) : DemoPagesTests<DemoSqliteFixture>(app);

public sealed class DemoPagesTestsOnPostgres(DemoPostgresFixture app) : DemoPagesTests<DemoPostgresFixture>(app);
