using System.Net;
using Ascent.Tests.Pages.Offer.Bookings;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

/// A booking is its setting's: another setting of the same LA neither reads nor cancels it (404), and another LA finds
/// neither the booking nor the item's pages.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ABooking_IsNotFoundByAnotherSettingOrAnotherLa()
    {
        var course = await BookingWorld.CourseAsync(app, "Isolation course", capacity: 5, limit: 2, daysAhead: 30);
        var service = await BookingWorld.ServiceAsync(app, "Isolation service");
        var booking = (await BookingWorld.BookAsync(app, course, app.World.SettingA1Id, false, ("Sam Lee", null))).Booked[0];
        string[] own = [$"/bookings/{booking.Id}", $"/bookings/{booking.Id}/cancel", $"/bookings/{booking.Id}/substitute", $"/bookings/{booking.Id}/transfer"];
        string[] item = [$"/offer/{course}/book", $"/offer/{service}/request"];

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        foreach (var url in own.Concat(item))
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(url, follow: false)).Status);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/offer/{course}/bookings", follow: false)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var url in own)
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(url, follow: false)).Status);
        var form = await otherSetting.GetAsync($"/offer/{course}/book");
        var token = form.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.PostAsync($"/bookings/{booking.Id}/cancel", [new("Version", "0"), new("__RequestVerificationToken", token)], follow: false)).Status);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in own.Concat(item).Append($"/offer/{course}/bookings"))
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
    }
}
