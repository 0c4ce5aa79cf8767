using System.Net;
using Ascent.Tests.Pages.QualityMark.Decision;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Security;

/// A network meeting is its LA's, and read by the settings invited to it: another LA's coordinator and a setting of
/// the same LA that was not invited find neither the meeting nor its attendance.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ANetworkMeeting_IsNotFoundByAnotherLaOrAnUninvitedSetting()
    {
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var meeting = NetworkMeeting.Plan(app.World.TenantAId, "quality-mark", MeetingPurpose.Network, "Isolation network", new DateOnly(2026, 11, 23), new TimeOnly(10, 0), "Hall",
                null, [new Invitee(app.World.SettingA1Id, null, "Acorn Day Nursery")], "Nadia Brooks", AscentFixture.Start);
            db.NetworkMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        string[] pages = [$"/quality-mark/networks/{id}", $"/quality-mark/networks/{id}/attendance"];

        using var coordinator = await app.SignInAsCoordinatorAsync();
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(url, follow: false)).Status);
        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(pages[0], follow: false)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(pages[0], follow: false)).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
        Assert.DoesNotContain("Isolation network", (await otherLa.GetAsync("/quality-mark/networks")).Text, StringComparison.Ordinal);
    }
}
