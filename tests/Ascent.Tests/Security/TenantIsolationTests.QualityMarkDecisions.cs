using System.Net;
using Ascent.Tests.Pages.QualityMark.Decision;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// An accreditation's decision, certificate and reviews are its LA's and its setting's: another LA, and another
/// setting of the same LA, find none of them.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task AnAccreditationsDecisionCertificateAndReviews_AreNotFoundByAnotherLaOrSetting()
    {
        var id = await app.AccreditationAsync(app.World.SettingA1Id, recommend: true);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.GetAsync($"/quality-mark/accreditations/{id}/decision");
        await coordinator.SubmitAsync(page, DecisionWorld.Fields(("Input.SecondReader", app.World.UserIds[TestWorld.AdviserA].ToString()), ("Input.Level", "accredited"), ("Input.Reasons", "Evidenced.")), "form[action*='handler=Decide']");
        Assert.Equal(AccreditationStatus.Accredited, (await app.ReadAsync(id)).Status);
        var review = await app.WithDbAsync((db, _) => db.AccreditationReviews.Where(r => r.AccreditationId == id).Select(r => r.Id).FirstAsync());
        string[] pages = [$"/quality-mark/accreditations/{id}/decision", $"/quality-mark/accreditations/{id}/certificate"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var url in pages)
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(url, follow: false)).Status);
        foreach (var email in new[] { TestWorld.OwnerA2, TestWorld.AdminB })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(email);
            foreach (var url in pages)
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url, follow: false)).Status);
        }

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/reviews/{review}", follow: false)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/accreditations/{id}/end", follow: false)).Status);
        Assert.DoesNotContain("Acorn Day Nursery", (await otherLa.GetAsync("/quality-mark/reviews")).Text, StringComparison.Ordinal);
    }
}
