using System.Net;
using Ascent.Tests.Pages.QualityMark;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Security;

/// Tenant isolation of the quality mark's cohorts and applications.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task QualityMarkCohorts_AreSeenOnlyByTheirLocalAuthority_AndAnApplicationByItsOwnSetting()
    {
        var cohortId = await app.CohortAsync("Isolation cohort");
        var applicationId = await app.ApplicationAsync(cohortId, app.World.SettingA1Id);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var page in new[] { $"/quality-mark/cohorts/{cohortId}", $"/quality-mark/cohorts/{cohortId}/edit", $"/quality-mark/accreditations/{applicationId}" })
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(page)).Status);
        var token = (await otherLa.GetAsync("/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var decide = await otherLa.PostAsync($"/quality-mark/accreditations/{applicationId}", [new("__RequestVerificationToken", token), new("Decision", "decline"), new("Note", "Not ours")]);
        Assert.Equal(HttpStatusCode.NotFound, decide.Status);
        Assert.Equal(AccreditationStatus.Applied, (await app.AccreditationAsync(applicationId)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync($"/quality-mark/accreditations/{applicationId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await otherSetting.GetAsync($"/quality-mark/cohorts/{cohortId}/apply")).Status);
    }
}
