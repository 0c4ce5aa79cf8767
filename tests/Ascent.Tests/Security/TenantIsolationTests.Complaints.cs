using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

/// A complaint is its LA's and its setting's: another LA finds neither it nor the LA's teams, and another setting of
/// the same LA does not find it.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task AComplaint_IsNotFoundByAnotherLaOrAnotherSetting()
    {
        var id = await ComplaintSeed.ComplaintAsync(app, new DateOnly(2026, 11, 20));
        var team = await ComplaintSeed.TeamAsync(app);
        string[] pages = [$"/complaints/{id}", $"/complaints/teams/{team}"];

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url, follow: false)).Status);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(pages[0], follow: false)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(pages[0], follow: false)).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
    }
}
