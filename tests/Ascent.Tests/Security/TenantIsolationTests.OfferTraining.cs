using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

/// A setting's training record and its certificates are its own and its LA's: another setting of the same LA and
/// another LA find neither the training page nor a certificate.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ASettingsTraining_IsNotFoundByAnotherSettingOrAnotherLa()
    {
        var seed = await TrainingSeed.CreateAsync(app);
        string[] pages = [$"/settings/{app.World.SettingA1Id}/training", $"/bookings/{seed.Attended}/certificate"];

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(url, follow: false)).Status);
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(url, follow: false)).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in pages.Append($"/offer/{seed.Item}/certificates"))
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
    }
}
