using System.Net;
using System.Text;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Settings.Groupings;

public abstract class SettingGroupingsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Adviser_ChangesGroupings_AndTheProfileShowsThem_Audited()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);
        var form = await browser.GetAsync($"/settings/{app.World.SettingA2Id}/groupings");
        var saved = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.District"] = "Riverside",
            ["Input.Ward"] = "Mill Lane",
            ["Input.LocalityPartnership"] = "Riverside Early Years Partnership",
        });

        Assert.Equal("Bramble Pre-school", saved.Heading);
        Assert.Contains("Groupings saved", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Riverside Early Years Partnership", saved.Text, StringComparison.Ordinal);
        var audited = await app.WithDbAsync((db, _) => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityType == "Setting" && a.EntityId == app.World.SettingA2Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.NewValues ?? "").ToListAsync());
        Assert.Contains(audited, c => c.Contains("Mill Lane", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoPeopleEditingGroupings_TheSecondIsShownTheFirstsChange_NotSavedOverIt()
    {
        using var first = app.NewBrowser();
        using var second = app.NewBrowser();
        await first.SignInAsync(TestWorld.AdviserA);
        await second.SignInAsync(TestWorld.AdminA);
        var url = $"/settings/{app.World.SettingA1Id}/groupings";
        var firstForm = await first.GetAsync(url);
        var secondForm = await second.GetAsync(url);

        await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.District"] = "East", ["Input.Ward"] = "", ["Input.LocalityPartnership"] = "" });
        var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.District"] = "West", ["Input.Ward"] = "", ["Input.LocalityPartnership"] = "" });

        Assert.Contains(conflict.ErrorMessages, m => m.Contains("Someone else changed these groupings", StringComparison.Ordinal) && m.Contains("district East", StringComparison.Ordinal));
        Assert.Equal("West", conflict.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_District")!.Value);
        Assert.Equal("East", await app.WithDbAsync((db, _) => db.Settings.IgnoreQueryFilters().Where(s => s.Id == app.World.SettingA1Id).Select(s => s.District).SingleAsync()));

        // Having seen the colleague's change, the second person saves again, on purpose.
        var merged = await second.SubmitAsync(conflict);
        Assert.Contains("Groupings saved", merged.Text, StringComparison.Ordinal);
        Assert.Equal("West", await app.WithDbAsync((db, _) => db.Settings.IgnoreQueryFilters().Where(s => s.Id == app.World.SettingA1Id).Select(s => s.District).SingleAsync()));
    }

    [Fact]
    public async Task SettingStaff_CannotChangeGroupings()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var page = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/groupings", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("/account/access-denied", page.Location ?? "", StringComparison.Ordinal);
        var profile = await browser.GetAsync($"/settings/{app.World.SettingA1Id}");
        Assert.DoesNotContain("/groupings", profile.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadedGroupingsFile_WithABadLine_ChangesNothing_AndListsEveryProblemByLine()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var form = await browser.GetAsync("/settings/groupings");
        var csv = "URN,District,Ward\r\nEY100001,Upload North,Ward 1\r\nEY999999,Nowhere,\r\nEY200001,Other LA,\r\nEY100001,Twice,\r\n";
        var page = await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("groupings.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.Contains("3 problems: nothing was changed", page.Text, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains(rows, r => r.StartsWith('3') && r.Contains("no setting with URN EY999999", StringComparison.Ordinal));
        // Another LA's setting is simply not on this LA's register.
        Assert.Contains(rows, r => r.StartsWith('4') && r.Contains("no setting with URN EY200001", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith('5') && r.Contains("also on line 2", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync((db, _) => db.Settings.IgnoreQueryFilters().AnyAsync(s => s.District == "Upload North")));
    }

    [Fact]
    public async Task UploadedGroupingsFile_SetsOnlyTheColumnsItHas()
    {
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id);
            setting.ChangeGroupings("Keep district", "Old ward", "Keep locality");
            return await db.SaveChangesAsync();
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var form = await browser.GetAsync("/settings/groupings");
        var page = await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("wards.csv", Encoding.UTF8.GetBytes("Ward,urn\nNew ward,ey100002\n")));

        Assert.Contains("Groupings changed for 1 of 1 settings", page.Text, StringComparison.Ordinal);
        var after = await app.WithDbAsync((db, _) => db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id));
        Assert.Equal(("Keep district", "New ward", "Keep locality"), (after.District, after.Ward, after.LocalityPartnership));
    }
}

public sealed class SettingGroupingsTestsOnSqlite(SqliteFixture app) : SettingGroupingsTests<SqliteFixture>(app);

public sealed class SettingGroupingsTestsOnPostgres(PostgresFixture app) : SettingGroupingsTests<PostgresFixture>(app);
