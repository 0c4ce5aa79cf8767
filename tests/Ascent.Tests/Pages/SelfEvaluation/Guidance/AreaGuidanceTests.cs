using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.SelfEvaluation.Guidance;

/// The guidance beside each area of the self-evaluation: Ascent's wording from the framework file until the LA writes
/// its own, which only its settings see; going back to Ascent's deletes the LA's.
public abstract class AreaGuidanceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Framework = "ofsted-renewed-2025";
    private const string AreaCode = "inclusion";
    private const string OwnWording = "Think about the children on our Ashdown inclusion register first.";

    [Fact]
    public async Task TheLaWritesItsOwnGuidance_ItsSettingSeesIt_AnotherLasSettingKeepsAscents_AndItCanGoBack()
    {
        var ascents = await app.WithDbAsync((_, services) => Task.FromResult(services.GetRequiredService<FrameworkRegistry>().Get(Framework).Area(AreaCode).Guidance!));
        await StartDraftAsync(app.World.SettingA1Id);
        await StartDraftAsync(app.World.SettingB1Id);
        const string ownerB1 = "owner@b1.test";
        await AddUserAsync(ownerB1, app.World.TenantBId, app.World.SettingB1Id);

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var list = await admin.GetAsync("/self-evaluation/guidance");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(ascents, list.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ascent’s default", list.Document.Body.TextContent, StringComparison.Ordinal);
        // Only the frameworks of the LA's own country.
        Assert.DoesNotContain("National Quality Standard", list.Text, StringComparison.Ordinal);
        var form = await admin.GetAsync($"/self-evaluation/guidance/{Framework}/{AreaCode}");
        Assert.Equal(ascents, form.Document.QuerySelector("textarea[name=Text]")!.TextContent.Trim());
        Assert.Null(form.Document.QuerySelector("main form[action*='handler=Reset']"));

        var empty = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = " " });
        Assert.Contains("Enter the guidance, or use Ascent’s wording", empty.ErrorMessages);
        var saved = await admin.SubmitAsync(empty, new Dictionary<string, string> { ["Text"] = OwnWording });
        Assert.Empty(saved.ErrorMessages);
        Assert.Equal("/self-evaluation/guidance", saved.Url);
        Assert.Contains(OwnWording, saved.Text, StringComparison.Ordinal);
        Assert.Contains("Your local authority’s", saved.Document.Body!.TextContent, StringComparison.Ordinal);

        Assert.Contains(OwnWording, await AreaPageTextAsync(TestWorld.OwnerA1, app.World.SettingA1Id), StringComparison.Ordinal);
        var other = await AreaPageTextAsync(ownerB1, app.World.SettingB1Id);
        Assert.Contains(ascents, other, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnWording, other, StringComparison.Ordinal);

        // Two people at once: the second sees their own words back and saves again knowingly.
        var mine = await admin.GetAsync($"/self-evaluation/guidance/{Framework}/{AreaCode}");
        await admin.SubmitAsync(await admin.GetAsync($"/self-evaluation/guidance/{Framework}/{AreaCode}"), new Dictionary<string, string> { ["Text"] = "Saved first" });
        var stale = await admin.SubmitAsync(mine, new Dictionary<string, string> { ["Text"] = "Saved second" });
        Assert.Contains(stale.ErrorMessages, m => m.StartsWith("Someone else changed this guidance", StringComparison.Ordinal));
        Assert.Contains("Saved second", stale.Text, StringComparison.Ordinal);
        Assert.Equal("Saved first", await OwnTextAsync(app.World.TenantAId));

        var reset = await admin.SubmitAsync(await admin.GetAsync($"/self-evaluation/guidance/{Framework}/{AreaCode}"), formSelector: "main form[action*='handler=Reset']");
        Assert.Contains("Ascent’s wording again", reset.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await OwnTextAsync(app.World.TenantAId));
        Assert.Contains(ascents, await AreaPageTextAsync(TestWorld.OwnerA1, app.World.SettingA1Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingStaffAndAdvisers_CannotChangeTheGuidance()
    {
        foreach (var who in new[] { TestWorld.OwnerA1, TestWorld.AdviserA })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(who);
            Assert.Contains("/account/access-denied", (await browser.GetAsync("/self-evaluation/guidance", follow: false)).Location, StringComparison.Ordinal);
            Assert.Contains("/account/access-denied", (await browser.GetAsync($"/self-evaluation/guidance/{Framework}/{AreaCode}", follow: false)).Location, StringComparison.Ordinal);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var post = await browser.PostAsync($"/self-evaluation/guidance/{Framework}/{AreaCode}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Text"] = "Not mine to write", ["Version"] = "0" }, follow: false);
            Assert.Contains("/account/access-denied", post.Location, StringComparison.Ordinal);
        }

        Assert.False(await app.WithDbAsync((db, _) => db.AreaGuidance.AnyAsync(g => g.Text == "Not mine to write")));
    }

    [Fact]
    public async Task AnUnknownFrameworkOrAreaIsNotFound()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.SeniorA);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/self-evaluation/guidance/no-such-framework/{AreaCode}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/self-evaluation/guidance/{Framework}/no-such-area")).Status);
    }

    private async Task<string> AreaPageTextAsync(string email, int settingId)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email);
        var page = await browser.GetAsync($"/settings/{settingId}/self-evaluation/{AreaCode}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("main .govuk-grid-column-one-third")!.TextContent;
    }

    private Task<string?> OwnTextAsync(int tenantId) => app.WithDbAsync((db, _) =>
        db.AreaGuidance.Where(g => g.TenantId == tenantId && g.FrameworkCode == Framework && g.AreaCode == AreaCode).Select(g => (string?)g.Text).SingleOrDefaultAsync());

    private Task StartDraftAsync(int settingId) => app.WithDbAsync(async (db, services) =>
    {
        var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
        db.SelfEvaluations.Add(Evaluation.Start(setting, services.GetRequiredService<FrameworkRegistry>().Get(Framework), "Test", app.Time.Today()));
        return await db.SaveChangesAsync();
    });

    private Task AddUserAsync(string email, int tenantId, int settingId) => app.WithDbAsync(async (_, services) =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(email, "Cai Cedar", tenantId, settingId) { EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.SettingOwner)).Succeeded);
        return user.Id;
    });
}

public sealed class AreaGuidanceTestsOnSqlite(SqliteFixture app) : AreaGuidanceTests<SqliteFixture>(app);

public sealed class AreaGuidanceTestsOnPostgres(PostgresFixture app) : AreaGuidanceTests<PostgresFixture>(app);
