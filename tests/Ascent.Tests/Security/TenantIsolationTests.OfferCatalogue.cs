using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// An LA's catalogue is its own: another LA's administrator finds none of its items' pages, and a setting's staff of
/// the same LA read a published item but find a draft nowhere.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task AnOfferItem_IsNotFoundByAnotherLa_AndADraftIsNotFoundByASetting()
    {
        var items = await OfferCatalogueSeed.CreateAsync(app);
        var session = await app.WithDbAsync((db, _) => db.OfferSessions.IgnoreQueryFilters().Where(s => s.OfferItemId == items.Course).Select(s => s.Id).FirstAsync());
        string[] pages =
        [
            $"/offer/{items.Course}", $"/offer/{items.Course}/edit", $"/offer/{items.Course}/sessions", $"/offer/{items.Course}/withdraw",
            $"/offer/{items.Course}/sessions/{session}/move",
            $"/offer/{items.Draft}", $"/offer/{items.Draft}/publish", $"/offer/{items.Service}",
        ];

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url, follow: false)).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
        Assert.DoesNotContain(items.Suffix, (await otherLa.GetAsync("/offer")).Text, StringComparison.Ordinal);

        using var setting = app.NewBrowser();
        await setting.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await setting.GetAsync($"/offer/{items.Course}", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await setting.GetAsync($"/offer/{items.Draft}", follow: false)).Status);
        Assert.DoesNotContain("Draft " + items.Suffix, (await setting.GetAsync("/offer")).Text, StringComparison.Ordinal);
    }
}
