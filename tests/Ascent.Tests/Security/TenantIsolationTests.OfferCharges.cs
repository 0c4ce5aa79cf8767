using System.Net;
using Ascent.Tests.Pages.Offer;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;

namespace Ascent.Tests.Security;

/// Registers and charges are their LA's: another LA finds no register and none of its settings' statements, and its
/// charges page and export never list them; a setting reads its own statement, never another's, and its practitioners
/// none.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task RegistersChargesAndStatements_AreTheirLasAndTheirSettingsOwn()
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var course = await OfferChargesWorld.CourseAsync(app, "Isolation course A", 7000, [today], [(app.World.SettingA1Id, "Ivy Ashdown")]);
        var service = await OfferChargesWorld.ArrangedServiceAsync(app, app.World.SettingA1Id, 1000);
        await OfferChargesWorld.ChargeAsync(app, course.BookingIds[0], ChargeReason.LateCancellation, 3500, today);
        var other = await OfferChargesWorld.CourseAsync(app, "Isolation course B", 8000, [today], [(app.World.SettingB1Id, "Bo Brightwater")], app.World.TenantBId);
        await OfferChargesWorld.ChargeAsync(app, other.BookingIds[0], ChargeReason.LateCancellation, 4000, today);
        var a1 = app.World.SettingA1Id;
        string[] pages = [$"/offer/{course.ItemId}/register", $"/offer/{course.ItemId}/register/import", $"/bookings/{service}/delivered", $"/settings/{a1}/statement"];

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url, follow: false)).Status);
        var export = await (await admin.Client.GetAsync("/charges/export")).Content.ReadAsStringAsync();
        Assert.Contains("Isolation course A", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Isolation course B", export, StringComparison.Ordinal);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
        var theirs = await otherLa.GetAsync("/charges");
        Assert.Contains("Isolation course B", theirs.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Isolation course A", theirs.Document.Body!.TextContent, StringComparison.Ordinal);
        var theirExport = await (await otherLa.Client.GetAsync("/charges/export")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Isolation course A", theirExport, StringComparison.Ordinal);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var statement = await owner.GetAsync($"/settings/{a1}/statement", follow: false);
        Assert.Equal(HttpStatusCode.OK, statement.Status);
        Assert.Contains("Ascent does not take payment: the council's finance team will invoice you.", statement.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Isolation course A", statement.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await owner.GetAsync("/charges", follow: false)).Status);
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync($"/settings/{a1}/statement", follow: false)).Status);
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var refused = await practitioner.GetAsync($"/settings/{a1}/statement", follow: false);
        Assert.Contains("/account/access-denied", refused.Location ?? "", StringComparison.Ordinal);
    }
}
