using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

/// A partnership's meetings are its LA's, and read by the staff of its member settings: another LA finds none of its
/// pages, and a setting of the same LA that is not a member finds neither the list nor a meeting.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task APartnershipMeeting_IsNotFoundByAnotherLaOrASettingOutsideThePartnership()
    {
        var (partnership, ids) = await PartnershipMeetingSeed.CreateAsync(app, new DateOnly(2026, 11, 23));
        var id = ids[0];
        string[] pages =
        [
            $"/partnerships/{partnership}/meetings", $"/partnerships/{partnership}/meetings/new", $"/meetings/{id}", $"/meetings/{id}/edit",
            $"/meetings/{id}/cancel", $"/meetings/{id}/agenda", $"/meetings/{id}/attendance", $"/meetings/{id}/minutes",
        ];

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url, follow: false)).Status);
        using var member = app.NewBrowser();
        await member.SignInAsync(TestWorld.OwnerA1);
        foreach (var url in new[] { pages[0], pages[2], pages[5] })
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(url, follow: false)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var url in new[] { pages[0], pages[2], pages[5] })
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(url, follow: false)).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
    }
}
