using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Pages.Home.SettingHomeWorld;

namespace Ascent.Tests.Pages.Home;

/// The home page of a setting's owner, manager and practitioner: each sees its own work queue, every item a link to a
/// real page, nothing of another setting, and empty states that say what to do next.
public abstract class SettingHomeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Theory]
    [InlineData(TestWorld.OwnerA1)]
    [InlineData(ManagerA1)]
    public async Task Home_AsSettingLeader_ShowsTheSettingsWorkQueue(string email)
    {
        var ids = await SeedAsync(app);
        using var leader = app.NewBrowser();
        await leader.SignInAsync(email);
        var home = await leader.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);

        Assert.Equal($"/visits/{ids.NextVisitId}", Link(home, NextVisitTitle));
        Assert.NotNull(home.Document.QuerySelector($"main a[href='/visits/{ids.NextVisitId}/preparation']"));
        Assert.Contains("Not started", Section(home, "next-visit"), StringComparison.Ordinal);
        Assert.Contains("(due in", Section(home, "next-visit"), StringComparison.Ordinal);
        Assert.Equal($"/visits/{ids.NoteVisitId}/note", Link(home, $"{NoteVisitTitle} on"));

        Assert.Equal($"/settings/{app.World.SettingA1Id}/plan", Link(home, "3 open goals in your improvement plan"));
        var plan = Section(home, "plan");
        Assert.Equal($"/plan-goals/{ids.OverdueGoalId}", Link(home, OverdueGoal));
        Assert.Contains("working days overdue", plan, StringComparison.Ordinal);
        Assert.Equal($"/plan-goals/{ids.VagueGoalId}", Link(home, VagueGoal));
        Assert.Contains("No success measure, No date, No one responsible", plan, StringComparison.Ordinal);
        Assert.DoesNotContain(SmartGoal, plan, StringComparison.Ordinal);

        var evaluation = Section(home, "self-evaluation");
        Assert.Contains("1 of ", evaluation, StringComparison.Ordinal);
        Assert.Matches(@"Last saved by \S.* on \d{1,2} \w+ 20\d\d at ", evaluation);
        Assert.Equal($"/settings/{app.World.SettingA1Id}/self-evaluation", Link(home, "areas done"));
        Assert.StartsWith($"/settings/{app.World.SettingA1Id}/self-evaluation/", Link(home, AreaToDo), StringComparison.Ordinal);

        var inspection = Section(home, "inspection");
        Assert.Contains("1 June 2023", inspection, StringComparison.Ordinal);
        Assert.Contains("Good", inspection, StringComparison.Ordinal);

        // The unread comment is the owner's own notification; the manager has none.
        var comments = Section(home, "comments");
        if (email == TestWorld.OwnerA1)
            Assert.Equal($"/plan-goals/{ids.OverdueGoalId}", Link(home, Comment));
        else
            Assert.Contains("No new comments", comments, StringComparison.Ordinal);

        Assert.DoesNotContain(OtherSetting, home.Text, StringComparison.Ordinal);
        await AssertLinksOpenAsync(leader, home);
    }

    [Fact]
    public async Task Home_AsPractitioner_ShowsOnlyTheStepsAssignedToThem_SoonestFirst()
    {
        var ids = await SeedAsync(app);
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var home = await practitioner.GetAsync("/");

        var rows = home.Document.QuerySelectorAll("#my-steps ~ table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(FirstStep, rows[0], StringComparison.Ordinal);
        Assert.Contains("working days overdue", rows[0], StringComparison.Ordinal);
        Assert.Contains(SecondStep, rows[1], StringComparison.Ordinal);
        Assert.Contains("due in", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain(OthersStep, home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Already done", home.Text, StringComparison.Ordinal);
        Assert.Equal($"/plan-goals/{ids.SmartGoalId}", Link(home, SmartGoal));

        // Only the steps: the leaders' queue is not the practitioner's.
        Assert.Null(home.Document.QuerySelector("#notes"));
        Assert.Null(home.Document.QuerySelector("#next-visit"));
        Assert.DoesNotContain(OtherSetting, home.Text, StringComparison.Ordinal);
        await AssertLinksOpenAsync(practitioner, home);
    }

    [Fact]
    public async Task Home_ForASettingWithNothingYet_SaysWhatToDoNext()
    {
        const string owner = "owner@a3.test";
        const string practitioner = "practitioner@a3.test";
        var settingId = await app.WithDbAsync(async (db, services) =>
        {
            var setting = new Setting(app.World.TenantAId, "EY100003", "Clover Childcare", "Childcare on non-domestic premises", new DateOnly(2020, 1, 6));
            db.Settings.Add(setting);
            await db.SaveChangesAsync();
            var users = services.GetRequiredService<UserManager<Web.Domain.People.AppUser>>();
            foreach (var (email, name, role) in new[] { (owner, "Cal Owner", Web.Domain.People.Roles.SettingOwner), (practitioner, "Cat Practitioner", Web.Domain.People.Roles.Practitioner) })
            {
                var user = new Web.Domain.People.AppUser(email, name, app.World.TenantAId, setting.Id) { EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            }

            return setting.Id;
        });
        await SeedAsync(app);

        using var leader = app.NewBrowser();
        await leader.SignInAsync(owner);
        var home = await leader.GetAsync("/");
        Assert.Contains("No visit planned. Your improvement adviser arranges visits", home.Text, StringComparison.Ordinal);
        Assert.Contains("No notes of visit are waiting for you", home.Text, StringComparison.Ordinal);
        Assert.Equal($"/settings/{settingId}/plan/goal", Link(home, "Add a goal to your improvement plan"));
        Assert.Equal($"/settings/{settingId}/self-evaluation", Link(home, "Start your self-evaluation"));
        Assert.Contains("Not inspected yet", home.Text, StringComparison.Ordinal);
        Assert.Contains("No new comments", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NextVisitTitle, home.Text, StringComparison.Ordinal);
        await AssertLinksOpenAsync(leader, home);

        using var staff = app.NewBrowser();
        await staff.SignInAsync(practitioner);
        var steps = await staff.GetAsync("/");
        Assert.Contains("No open steps of your improvement plan name you", steps.Text, StringComparison.Ordinal);
        Assert.Equal($"/settings/{settingId}/plan", Link(steps, "See your improvement plan"));
    }

    [Fact]
    public async Task Home_AsLocalAuthorityStaff_IsNotTheSettingsQueue()
    {
        await SeedAsync(app);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var home = await adviser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Null(home.Document.QuerySelector("#next-visit"));
        Assert.Null(home.Document.QuerySelector("#my-steps"));
    }

    private static string Link(Page page, string text)
    {
        var links = page.Document.QuerySelectorAll<IHtmlAnchorElement>("main a").Where(a => a.TextContent.Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(links.Count == 1, $"Expected one link reading \"{text}\", found {links.Count}.");
        return links[0].GetAttribute("href")!;
    }

    /// The text from a section's heading to the next heading of its level.
    private static string Section(Page page, string id)
    {
        var heading = page.Document.GetElementById(id) ?? throw new InvalidOperationException($"No section {id}.");
        var text = new System.Text.StringBuilder();
        for (var node = heading.NextElementSibling; node is not null && node.TagName != heading.TagName; node = node.NextElementSibling)
            text.Append(node.TextContent).Append(' ');
        return text.ToString();
    }

    /// Every link in the page's main content leads to a page the person may open.
    private static async Task AssertLinksOpenAsync(Browser browser, Page page)
    {
        var hrefs = page.Document.QuerySelectorAll<IHtmlAnchorElement>("main a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).Distinct().ToList();
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            var opened = await browser.GetAsync(href);
            Assert.True(opened.Status == HttpStatusCode.OK, $"{href} answered {(int)opened.Status}.");
        }
    }
}

public sealed class SettingHomeTestsOnSqlite(SqliteFixture app) : SettingHomeTests<SqliteFixture>(app);

public sealed class SettingHomeTestsOnPostgres(PostgresFixture app) : SettingHomeTests<PostgresFixture>(app);
