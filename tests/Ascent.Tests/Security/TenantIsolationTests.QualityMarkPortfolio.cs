using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Pages.QualityMark;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// A setting's quality-mark portfolio, its case studies and their files: its own staff and its LA open them; another
/// setting and another LA find nothing, and change nothing.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task APortfolio_AndItsCaseStudies_AreSeenOnlyByTheirSettingAndItsLocalAuthority()
    {
        var id = await PortfolioSeed.AcceptedAsync(app, app.World.SettingA1Id, "Isolation cohort (portfolio)");
        var (studyId, fileId) = await app.WithDbAsync(async (db, _) =>
        {
            var accreditation = await db.Accreditations.SingleAsync(a => a.Id == id);
            var study = CaseStudy.Start(accreditation, new("Isolated study", "Q", null, null, null, null, null), "Olu Owner", app.Time.GetUtcNow());
            var file = study.Attach("notes.txt", "text/plain", [65, 66], "Olu Owner", app.Time.GetUtcNow());
            db.CaseStudies.Add(study);
            await db.SaveChangesAsync();
            return (study.Id, file.Id);
        });
        var root = $"/quality-mark/accreditations/{id}";
        string[] reading = [$"{root}/portfolio", $"{root}/portfolio/accreditation", $"{root}/case-studies/{studyId}", $"{root}/case-studies/{studyId}/attachments/{fileId}"];
        string[] writing = [$"{root}/case-studies/new", $"{root}/case-studies/{studyId}/edit"];
        var signOff = $"{root}/portfolio/accreditation/workshop/sign-off";

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in reading.Concat(writing))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        using var la = app.NewBrowser();
        await la.SignInAsync(TestWorld.AdminA);
        foreach (var page in reading)
            Assert.Equal(HttpStatusCode.OK, (await la.GetAsync(page)).Status);
        // Not a requirement of this stage: not found, even for the coordinator.
        Assert.Equal(HttpStatusCode.NotFound, (await la.GetAsync(signOff)).Status);
        Assert.Equal(HttpStatusCode.OK, (await la.GetAsync($"{root}/portfolio/accreditation/leadership-audit/sign-off")).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in reading.Concat(writing))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var edit = await browser.PostAsync($"{root}/case-studies/{studyId}/edit", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Title"] = "Overwritten", ["Version"] = "1" });
            Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        }

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"{root}/portfolio/accreditation/leadership-audit/sign-off")).Status);
        Assert.Equal("Isolated study", await app.WithDbAsync((db, _) => db.CaseStudies.IgnoreQueryFilters().Where(c => c.Id == studyId).Select(c => c.Title).SingleAsync()));
    }
}
