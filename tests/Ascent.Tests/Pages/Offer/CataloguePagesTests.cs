using System.Globalization;
using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Offer;

/// The LA makes, changes, schedules and publishes items of its offer; a setting sees its own price and never a draft;
/// a stale form, a bad price, a past session and an unfinished course are refused with GOV.UK messages.
public abstract class CataloguePagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task ASettingSeesItsOwnPrice_AndADraftIsNotFound()
    {
        var items = await OfferCatalogueSeed.CreateAsync(app);
        var onPathway = await app.WithDbAsync((db, services) =>
            services.GetRequiredService<OfferPrices>().FactsAsync(app.World.TenantAId, app.World.SettingA1Id, CancellationToken.None));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var service = await owner.GetAsync($"/offer/{items.Service}");
        var text = service.Document.Body!.TextContent;
        Assert.Contains("Your setting's price", text, StringComparison.Ordinal);
        Assert.Contains(onPathway.OnPathway ? "Free while the setting is on a support pathway" : "£150.00", text, StringComparison.Ordinal);
        Assert.Contains($"/offer/{items.Service}/request", service.Text, StringComparison.Ordinal);
        var course = await owner.GetAsync($"/offer/{items.Course}");
        Assert.Contains("Book a place", course.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Free to cancel up to 14 days before the first session; after that 100% of the price.", course.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("16 of 16 places left", course.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("/edit", course.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/offer/{items.Draft}", follow: false)).Status);
        var catalogue = (await owner.GetAsync("/offer?Kind=Course")).Document.Body!.TextContent;
        Assert.Contains("Course " + items.Suffix, catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft " + items.Suffix, catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("Service " + items.Suffix, catalogue, StringComparison.Ordinal);

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var drafts = (await admin.GetAsync("/offer")).Document.Body!.TextContent;
        Assert.Contains("Draft " + items.Suffix, drafts, StringComparison.Ordinal);
        var forLa = (await admin.GetAsync($"/offer/{items.Service}")).Document.Body!.TextContent;
        Assert.Contains("Free when the setting is on a support pathway; £150.00 for every other setting", forLa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MakingACourse_RefusesABadPrice_ListsTheTermsRules_AndPublishesOnlyWithASession()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var form = await admin.GetAsync("/offer/new?Kind=Course");
        var rules = form.Document.QuerySelectorAll("select[name='PriceRule'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "free-on-pathway", "free-below-good", "half-price-on-pathway"], rules);

        var title = "Made " + Guid.NewGuid().ToString("N")[..8];
        var details = Fields(("Title", title), ("Summary", "Two mornings."), ("Audience", "Managers"), ("Delivery", "InPerson"),
            ("Capacity", "12"), ("PlacesPerSetting", "2"), ("Price", "95.5.0"), ("PriceRule", ""));
        var refused = await admin.SubmitAsync(form, details);
        Assert.Contains("Enter the price in pounds and pence, like 95 or 95.00", refused.ErrorMessages);
        Assert.Contains("The price must be £100,000 or less", (await admin.SubmitAsync(form, Fields([.. details.Select(d => (d.Key, d.Key == "Price" ? "100000.01" : d.Value))]))).ErrorMessages);
        Assert.Contains("The price must be 0 or more", (await admin.SubmitAsync(form, Fields([.. details.Select(d => (d.Key, d.Key == "Price" ? "-5" : d.Value))]))).ErrorMessages);

        var saved = await admin.SubmitAsync(form, Fields([.. details.Select(d => (d.Key, d.Key == "Price" ? "95" : d.Value))]));
        var item = await app.WithDbAsync((db, _) => db.OfferItems.IgnoreQueryFilters().SingleAsync(i => i.Title == title));
        Assert.Equal((9500, OfferStatus.Draft, 2), (item.PricePence, item.Status, item.PlacesPerSetting));
        Assert.EndsWith($"/offer/{item.Id}/sessions", saved.Url, StringComparison.Ordinal);

        var publish = await admin.GetAsync($"/offer/{item.Id}/publish");
        Assert.Contains("Add at least one session before the course is published", (await admin.SubmitAsync(publish)).ErrorMessages);

        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var sessions = await admin.GetAsync($"/offer/{item.Id}/sessions");
        (string, string)[] Session(DateOnly day, string start, string end) =>
            [("Date.Day", day.Day.ToString(CultureInfo.InvariantCulture)), ("Date.Month", day.Month.ToString(CultureInfo.InvariantCulture)), ("Date.Year", day.Year.ToString(CultureInfo.InvariantCulture)), ("Start", start), ("End", end)];
        Assert.Contains("The date of the session must be today or in the future", (await admin.SubmitAsync(sessions, Fields(Session(today.AddDays(-1), "9:30", "12:30")))).ErrorMessages);
        Assert.Contains("The end time must be after the start time", (await admin.SubmitAsync(sessions, Fields(Session(today.AddDays(20), "12:30", "9:30")))).ErrorMessages);
        var added = await admin.SubmitAsync(sessions, Fields(Session(today.AddDays(20), "9:30", "12:30")));
        Assert.Equal("The session is added", added.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());

        var published = await admin.SubmitAsync(await admin.GetAsync($"/offer/{item.Id}/publish"));
        Assert.Equal(OfferStatus.Published, await app.WithDbAsync((db, _) => db.OfferItems.IgnoreQueryFilters().Where(i => i.Id == item.Id).Select(i => i.Status).SingleAsync()));
        Assert.Contains("12 of 12 places left", published.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleEdit_IsRefusedAndShowsTheItemAsItIsNow_AndAWithdrawnItemLeavesTheCatalogue()
    {
        var items = await OfferCatalogueSeed.CreateAsync(app);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var first = await admin.GetAsync($"/offer/{items.Course}/edit");
        var second = await admin.GetAsync($"/offer/{items.Course}/edit");
        await admin.SubmitAsync(first, Fields(("Title", "Renamed " + items.Suffix)));
        var stale = await admin.SubmitAsync(second, Fields(("Title", "Other " + items.Suffix)));
        Assert.Contains(OfferCatalogue.Stale, stale.ErrorMessages);
        Assert.Equal("Renamed " + items.Suffix, stale.Document.QuerySelector("input[name='Title']")?.GetAttribute("value"));

        var withdraw = await admin.GetAsync($"/offer/{items.Course}/withdraw");
        Assert.Contains("Enter why it is withdrawn", (await admin.SubmitAsync(withdraw)).ErrorMessages);
        await admin.SubmitAsync(withdraw, Fields(("Reason", "The trainer is ill.")));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.DoesNotContain("Renamed " + items.Suffix, (await owner.GetAsync("/offer")).Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The trainer is ill.", (await owner.GetAsync($"/offer/{items.Course}")).Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATermsUpload_WithARuleWithoutOtherwise_OrDroppingARuleAnItemUses_IsRefusedAndNothingIsStored()
    {
        await OfferCatalogueSeed.CreateAsync(app);
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "offer", "terms.yaml"));
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync("/offer/terms");
        Assert.Contains("Free to cancel up to 14 days before the first session", page.Document.Body!.TextContent, StringComparison.Ordinal);
        var before = await VersionsAsync();

        var noOtherwise = shipped.Replace("        reason: Free while the setting is on a support pathway\n      - otherwise: full-price\n", "        reason: Free while the setting is on a support pathway\n", StringComparison.Ordinal);
        Assert.NotEqual(shipped, noOtherwise);
        var refused = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("terms.yaml", Encoding.UTF8.GetBytes(noOtherwise)));
        Assert.Matches("^terms\\.yaml was not used\\. Line \\d+: price rule 'free-on-pathway' .*`otherwise`", refused.ErrorMessages.Single());

        var dropped = shipped.Replace("code: free-on-pathway", "code: free-for-supported", StringComparison.Ordinal);
        var orphan = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("terms.yaml", Encoding.UTF8.GetBytes(dropped)));
        var line = shipped.Split('\n').ToList().FindIndex(l => l.StartsWith("prices:", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"terms.yaml was not used. Line {line}: the price rules have no 'free-on-pathway', which '", orphan.ErrorMessages.Single(), StringComparison.Ordinal);
        Assert.Equal(before, await VersionsAsync());

        var kept = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("terms.yaml", Encoding.UTF8.GetBytes(shipped.Replace("places_per_setting: 4", "places_per_setting: 3", StringComparison.Ordinal))));
        Assert.Equal($"Northfield traded services terms is now version {before + 1}: new bookings follow it", kept.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Contains("up to 3 places", kept.Document.Body!.TextContent, StringComparison.Ordinal);
        var download = await admin.Client.GetAsync(new Uri("/offer/terms?handler=Download", UriKind.Relative));
        Assert.Contains("places_per_setting: 3", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var read = await owner.GetAsync("/offer/terms");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Null(read.Document.QuerySelector("form[enctype='multipart/form-data']"));
    }

    private Task<int> VersionsAsync() =>
        app.WithDbAsync((db, _) => db.OfferTermsVersions.IgnoreQueryFilters().CountAsync(v => v.TenantId == app.World.TenantAId));
}

public sealed class CataloguePagesTestsOnSqlite(SqliteFixture app) : CataloguePagesTests<SqliteFixture>(app);

public sealed class CataloguePagesTestsOnPostgres(PostgresFixture app) : CataloguePagesTests<PostgresFixture>(app);
