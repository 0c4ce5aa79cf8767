using System.Net;
using Ascent.Tests.Pages.Partnerships.Bulletins;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

/// A bulletin is its LA's: a draft only the LA's staff find; a sent one also the settings it reached, and no other
/// setting nor LA. A partnership's questions are found by the LA and the partnership's member settings alone.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ABulletin_IsNotFoundByAnotherLaOrASettingItDidNotReach()
    {
        var draft = await BulletinWorld.BulletinAsync(app, "Isolation draft", sent: false);
        var sent = await BulletinWorld.BulletinAsync(app, "Isolation sent", sent: true);

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        foreach (var url in new[] { $"/bulletins/{draft}", $"/bulletins/write/{draft}", $"/bulletins/{sent}" })
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url, follow: false)).Status);
        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/bulletins/{sent}", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await own.GetAsync($"/bulletins/{draft}", follow: false)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync($"/bulletins/{sent}", follow: false)).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var url in new[] { $"/bulletins/{draft}", $"/bulletins/write/{draft}", $"/bulletins/{sent}" })
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(url, follow: false)).Status);
        Assert.DoesNotContain("Isolation sent", (await otherLa.GetAsync("/bulletins")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartnershipsQuestions_AreNotFoundByAnotherLaOrASettingOutsideIt()
    {
        var partnership = await BulletinWorld.PartnershipAsync(app, "Isolation questions");
        var question = await BulletinWorld.QuestionAsync(app, partnership, "Isolation question?");
        string[] pages = [$"/partnerships/{partnership}/questions", $"/partnerships/{partnership}/questions/{question}"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(url, follow: false)).Status);
        foreach (var email in new[] { TestWorld.OwnerA2, TestWorld.AdminB })
        {
            using var other = app.NewBrowser();
            await other.SignInAsync(email);
            foreach (var url in pages)
                Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url, follow: false)).Status);
        }
    }
}
