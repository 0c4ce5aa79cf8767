using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.Partnerships.Bulletins;

/// The LA writes a bulletin to a partnership, sees whom it reaches and sends it once: a row per setting, an e-mail per
/// person (the setting's people and the partner's contact). The setting's owner finds it on the home page and in the
/// archive, opening it is recorded once, and another setting and another LA find nothing.
public abstract class BulletinPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheLaSendsABulletinToAPartnership_OnceOnly_AndSeesWhichSettingsOpenedIt()
    {
        var partnershipId = await BulletinWorld.PartnershipAsync(app, "Bulletin cluster");
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var form = await admin.GetAsync("/bulletins/write");
        Assert.Equal("Write a bulletin", form.Heading);
        var saved = await admin.SubmitAsync(form, Fields(("Title", "Cluster news"), ("Summary", "What the cluster agreed."),
            ("Body", "First paragraph <b>bold</b>.\n\nSee https://example.org/guide. for more."), ("Audience", $"partnership:{partnershipId}")));
        Assert.Equal("Cluster news", saved.Heading);
        Assert.Contains("<b>bold</b>", saved.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/guide", saved.Document.QuerySelector("main a[href^='https://example.org']")!.GetAttribute("href"));
        Assert.Contains("1 setting, 3 people by e-mail", saved.Document.Body.TextContent, StringComparison.Ordinal);
        var id = int.Parse(saved.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var sent = await admin.SubmitAsync(saved, formSelector: "main form[action*='handler=Send']");
        Assert.Equal("The bulletin is sent", sent.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Contains("by 0 of 1 setting", sent.Document.Body!.TextContent, StringComparison.Ordinal);
        var again = await admin.SubmitAsync(saved, formSelector: "main form[action*='handler=Send']");
        Assert.Contains(again.ErrorMessages, m => m.Contains("A bulletin is sent once", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.BulletinRecipients.IgnoreQueryFilters().CountAsync(r => r.BulletinId == id)));

        var mail = await app.Smtp.WaitForMessageToAsync(TestWorld.OwnerA1, TimeSpan.FromSeconds(30));
        Assert.Equal("Cluster news", mail.Subject);
        Assert.Contains($"/bulletins/{id}", mail.TextBody, StringComparison.Ordinal);
        var partner = await app.Smtp.WaitForMessageToAsync(BulletinWorld.PartnerEmail, TimeSpan.FromSeconds(30));
        Assert.Contains("What the cluster agreed.", partner.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"/bulletins/{id}", partner.TextBody, StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("Cluster news", (await owner.GetAsync("/")).Document.QuerySelector("#bulletins ~ ul")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cluster news", (await owner.GetAsync("/bulletins")).Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/bulletins/{id}")).Status);
        await owner.GetAsync($"/bulletins/{id}");
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.BulletinOpenings.IgnoreQueryFilters().CountAsync(o => o.BulletinId == id)));
        var opened = await admin.GetAsync($"/bulletins/{id}");
        Assert.Contains("by 1 of 1 setting", opened.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Opened by Olu Owner", opened.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        foreach (var email in new[] { TestWorld.OwnerA2, TestWorld.AdminB })
        {
            using var other = app.NewBrowser();
            await other.SignInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/bulletins/{id}", follow: false)).Status);
            Assert.DoesNotContain("Cluster news", (await other.GetAsync("/bulletins")).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ADraft_IsTheLasOwn_ChangedAndDeleted_AndAStaleChangeIsRefused()
    {
        var id = await BulletinWorld.BulletinAsync(app, "Draft to change", sent: false);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/bulletins/{id}", follow: false)).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await owner.GetAsync("/bulletins/write", follow: false)).Status);

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var form = await admin.GetAsync($"/bulletins/write/{id}");
        var empty = await admin.SubmitAsync(form, Fields(("Title", ""), ("Summary", ""), ("Body", ""), ("Audience", "nowhere")));
        Assert.Contains("Enter a title for the bulletin", empty.ErrorMessages);
        Assert.Contains("Select who the bulletin is for from the list", empty.ErrorMessages);
        var changed = await admin.SubmitAsync(form, Fields(("Title", "Draft changed")));
        Assert.Equal("Draft changed", changed.Heading);
        var stale = await admin.SubmitAsync(form, Fields(("Title", "Draft from an old page")));
        Assert.Contains(Ascent.Web.Services.Partnerships.BulletinService.Changed, stale.ErrorMessages);

        var shown = await admin.GetAsync($"/bulletins/{id}");
        var deleted = await admin.SubmitAsync(shown, formSelector: "main form[action*='handler=Delete']");
        Assert.Equal("Bulletins", deleted.Heading);
        Assert.False(await app.WithDbAsync((db, _) => db.Bulletins.IgnoreQueryFilters().AnyAsync(b => b.Id == id)));
    }

    [Fact]
    public async Task TheAudience_ReachesTheLasOwnSettingsOfTheTypeOrStandingChosen()
    {
        var standing = await app.WithDbAsync((db, _) => db.Settings.IgnoreQueryFilters().Where(s => s.Id == app.World.SettingA1Id).Select(s => s.StandingCode).SingleAsync());
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var form = await admin.GetAsync("/bulletins/write");
        Assert.Contains(form.Document.QuerySelectorAll("select[name='Audience'] option"), o => o.TextContent == "Settings of the type Childcare on non-domestic premises");
        var byType = await admin.SubmitAsync(form, Fields(("Title", "To a type"), ("Summary", "S."), ("Body", "B."), ("Audience", "type:Childcare on non-domestic premises")));
        // Ashdown's two nurseries (not Brightwater's), and their three people.
        Assert.Contains("2 settings, 3 people by e-mail", byType.Document.Body!.TextContent, StringComparison.Ordinal);
        var id = byType.Url.Split('/')[^1];
        var change = await admin.GetAsync($"/bulletins/write/{id}");
        Assert.Equal("type:Childcare on non-domestic premises", change.Document.QuerySelector("select[name='Audience'] option[selected]")!.GetAttribute("value"));
        var byStanding = await admin.SubmitAsync(change, Fields(("Audience", $"standing:{standing}")));
        Assert.Contains("1 setting, 2 people by e-mail", byStanding.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class BulletinPagesTestsOnSqlite(SqliteFixture app) : BulletinPagesTests<SqliteFixture>(app);

public sealed class BulletinPagesTestsOnPostgres(PostgresFixture app) : BulletinPagesTests<PostgresFixture>(app);
