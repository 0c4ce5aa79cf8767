using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Partnerships;

/// The LA's improvement team turns a locality grouping into a partnership (once), adds a partner and a setting, and
/// bulk-adds members from a file all or nothing; a stale edit is refused; a setting given the grouping later joins;
/// the members' plans show as counts by area.
public abstract class PartnershipPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static Dictionary<string, string> Fields(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task ALocalityBecomesAPartnershipOnce_AndTakesPartners_AndLaterSettingsOfTheGrouping()
    {
        await PartnershipWorld.SettingAsync(app, "EY310001", "Dale Nursery", "Riverside");
        await PartnershipWorld.SettingAsync(app, "EY310002", "Elm Pre-school", "Riverside");
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var localities = await admin.GetAsync("/partnerships/localities");
        Assert.Contains("Riverside", localities.Document.Body!.TextContent, StringComparison.Ordinal);
        var made = await admin.SubmitAsync(localities, Fields(("Locality", "Riverside")));
        Assert.Equal("Riverside", made.Heading);
        Assert.Contains("Locality partnership", made.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dale Nursery", made.Document.QuerySelector("#members + div")!.TextContent, StringComparison.Ordinal);
        var id = int.Parse(made.Url.Split('/')[^1].Split('#')[0], System.Globalization.CultureInfo.InvariantCulture);

        var twice = await admin.PostAsync("/partnerships/localities", [new("Locality", "Riverside"), new("__RequestVerificationToken", Token(localities))]);
        Assert.Contains("Riverside is already a partnership: nothing was made", twice.ErrorMessages);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Partnerships.CountAsync(p => p.Locality == "Riverside")));

        var partner = await admin.GetAsync($"/partnerships/{id}/members/partner");
        var bad = await admin.SubmitAsync(partner, Fields(("Name", "Riverside Primary"), ("Type", "School"), ("Role", "Member"), ("Email", "not an address")));
        Assert.Contains("Enter an e-mail address in the right format, like name@example.org", bad.ErrorMessages);
        var added = await admin.SubmitAsync(bad, Fields(("Name", "Riverside Primary"), ("Type", "School"), ("Role", "Host"), ("ContactName", "Ann Head"), ("Email", "ann@riverside.test")));
        Assert.Contains("ann@riverside.test", added.Document.Body!.TextContent, StringComparison.Ordinal);
        var again = await admin.SubmitAsync(partner, Fields(("Name", "riverside primary"), ("Type", "School"), ("Role", "Member")));
        Assert.NotEmpty(again.ErrorMessages);

        // The groupings page: a setting moved into Riverside joins its partnership.
        var grouping = await admin.GetAsync($"/settings/{app.World.SettingA2Id}/groupings");
        await admin.SubmitAsync(grouping, Fields(("Input.LocalityPartnership", "Riverside")));
        Assert.True(await app.WithDbAsync((db, _) => db.PartnershipMembers.AnyAsync(m => m.PartnershipId == id && m.SettingId == app.World.SettingA2Id && m.LeftOn == null)));
        Assert.Equal("Riverside", await app.WithDbAsync((db, _) => db.Settings.Where(s => s.Id == app.World.SettingA2Id).Select(s => s.LocalityPartnership).SingleAsync()));
        Assert.Contains("Bramble Pre-school", (await admin.GetAsync("/settings?Locality=Riverside")).Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOfMembers_IsAddedAllOrNothing_WithEveryBadLineListed()
    {
        var id = await PartnershipWorld.MakeAsync(app, "Upload cluster", [app.World.SettingA1Id]);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync($"/partnerships/{id}/members/upload");
        var badFile = "URN,Partner name,Role,Partner type,Email\nEY100002,,Member,,\nEY200001,,Member,,\nEY100001,,Member,,\n,Library Service,Chair,Library,\n,Clinic,Member,Spaceship,\n,Health team,Member,Health visiting,nope\n,,Member,,\nEY100002,,Host,,\n";
        var refused = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("members.csv", Encoding.UTF8.GetBytes(badFile)));
        var problems = refused.Document.QuerySelector("#problems")!.TextContent;
        foreach (var reason in new[] { "no setting with URN EY200001", "Acorn Day Nursery (URN EY100001) is already a member", "The role \"Chair\"", "The partner type \"Spaceship\"",
            "Enter an e-mail address in the right format", "neither a URN nor a partner name", "URN EY100002 is also on line 2" })
            Assert.Contains(reason, problems, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PartnershipMembers.CountAsync(m => m.PartnershipId == id)));

        var noise = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("members.csv", [0x4D, 0x5A, 0x00, 0xFF, 0xFE]));
        Assert.NotEmpty(noise.ErrorMessages);
        var good = "URN,Partner name,Role,Partner type,Contact name,Email\nEY100002,,Host,,,\n,Library Service,Member,Library,Lee Reader,lee@library.test\n";
        var saved = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("members.csv", Encoding.UTF8.GetBytes(good)));
        Assert.Contains("2 members were added from the file", saved.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync((db, _) => db.PartnershipMembers.CountAsync(m => m.PartnershipId == id)));
    }

    [Fact]
    public async Task AStaleEdit_IsRefused_AndThemesAreCountsShownToSettingsOnlyFromFiveMembers()
    {
        var id = await PartnershipWorld.MakeAsync(app, "Themes cluster", [app.World.SettingA1Id, app.World.SettingA2Id]);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var first = await admin.GetAsync($"/partnerships/{id}/edit");
        var second = await admin.GetAsync($"/partnerships/{id}/edit");
        var saved = await admin.SubmitAsync(first, Fields(("Objectives", "Transition into school\nData sharing")));
        Assert.Contains("Transition into school", saved.Document.QuerySelector("#objectives")!.TextContent, StringComparison.Ordinal);
        var stale = await admin.SubmitAsync(second, Fields(("Terms", "Overwrite")));
        Assert.Contains(stale.ErrorMessages, m => m.StartsWith("Someone else changed this partnership", StringComparison.Ordinal));

        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == app.World.SettingA1Id);
            var goal = new PlanGoal(setting, GoalSource.Own, "Test", AscentFixture.Start);
            goal.Describe("Children talk more", null, "ofsted-eif-2019", "quality-of-education", GoalPriority.High, null, null);
            db.PlanGoals.Add(goal);
            return await db.SaveChangesAsync();
        });
        var page = await admin.GetAsync($"/partnerships/{id}");
        Assert.Contains("1 of 2 setting members have a goal on", page.Document.QuerySelector("#theme-list")!.TextContent, StringComparison.Ordinal);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var own = await owner.GetAsync($"/partnerships/{id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Null(own.Document.QuerySelector("#theme-list"));
        Assert.DoesNotContain("Children talk more", own.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Open support", own.Text, StringComparison.Ordinal);
    }

    private static string Token(Page page) => page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
}

public sealed class PartnershipPagesTestsOnSqlite(SqliteFixture app) : PartnershipPagesTests<SqliteFixture>(app);

public sealed class PartnershipPagesTestsOnPostgres(PostgresFixture app) : PartnershipPagesTests<PostgresFixture>(app);
