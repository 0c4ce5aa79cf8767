using System.Net;
using System.Text;
using Ascent.Tests.Services.Instruments.Transfer;
using Ascent.Tests.Support;

namespace Ascent.Tests.Pages.Instruments.Transfer;

/// `/instruments/{code}/texts`: the LA administrator imports the LA's licensed texts, a setting owner their own
/// setting's; another LA never sees them, and a setting's own texts are that setting's alone.
public abstract class LicensedTextsPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Url = "/instruments/ecers-3/texts";

    [Fact]
    public async Task TheLasTexts_AreImported_Shown_WithTheirGuidanceVersion_AndSeenByNoOtherLa()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var form = await admin.GetAsync(Url);
        Assert.Contains("not imported any texts", form.Text, StringComparison.Ordinal);

        var bad = await admin.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("texts.csv", Encoding.UTF8.GetBytes("Item,Indicator,Not applicable allowed,Text\n1,1.1,X,Words\n")));
        Assert.Contains(bad.ErrorMessages, m => m.Contains("no texts were imported", StringComparison.Ordinal));
        Assert.Contains(bad.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Trim().StartsWith('2') && r.TextContent.Contains("must be Y or N", StringComparison.Ordinal));

        var done = await admin.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("texts.csv", TransferFiles.PlaceholderTexts()));
        Assert.Contains("210 indicator texts imported", done.Text, StringComparison.Ordinal);
        Assert.Contains("Indicator text 3.2 for item 12", done.Text, StringComparison.Ordinal);
        Assert.Contains("Version 1, scoring guidance version 2026-07", done.Text, StringComparison.Ordinal);
        Assert.Contains("Item 12: Helping children expand vocabulary", done.Text, StringComparison.Ordinal);

        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        var theirs = await other.GetAsync(Url);
        Assert.Contains("not imported any texts", theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Indicator text", theirs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingsOwnTexts_AreSeenByThatSettingAlone()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var form = await owner.GetAsync(Url);
        var done = await owner.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("texts.csv", TransferFiles.PlaceholderTexts("Acorn licensed text")));
        Assert.Contains("210 indicator texts imported", done.Text, StringComparison.Ordinal);
        Assert.Contains("Acorn licensed text 1.1 for item 1", done.Text, StringComparison.Ordinal);

        foreach (var someoneElse in new[] { TestWorld.OwnerA2, TestWorld.AdminA, TestWorld.AdminB })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(someoneElse);
            var page = await browser.GetAsync(Url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.DoesNotContain("Acorn licensed text", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnlyTheLaAdministratorAndASettingOwner_MayOpenIt()
    {
        foreach (var user in new[] { TestWorld.AdviserA, TestWorld.PractitionerA1 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(user);
            var page = await browser.GetAsync(Url, follow: false);
            Assert.Equal(HttpStatusCode.Found, page.Status);
            Assert.Contains("/account/access-denied", page.Location ?? "", StringComparison.Ordinal);
        }

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/instruments/safeguarding-and-welfare-requirements/texts")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/instruments/no-such-thing/texts")).Status);
    }
}

public sealed class LicensedTextsPageTestsOnSqlite(SqliteFixture app) : LicensedTextsPageTests<SqliteFixture>(app);

public sealed class LicensedTextsPageTestsOnPostgres(PostgresFixture app) : LicensedTextsPageTests<PostgresFixture>(app);
