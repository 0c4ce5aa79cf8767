using System.Net;
using Ascent.Tests.Pages.QualityMark.Schemes;
using Ascent.Tests.Support;

namespace Ascent.Tests.Security;

/// Tenant isolation of an LA's own versions of its quality-mark schemes.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task QualityMarkSchemeVersions_AreSeenOnlyByTheirLocalAuthority()
    {
        var yaml = SchemeFiles.Tiered().Replace("version: \"2027.1\"", "version: \"2027.3\"", StringComparison.Ordinal);
        var id = (await app.UploadAsync(app.World.TenantAId, yaml)).Stored!.Id;

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/schemes/versions/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.Client.GetAsync($"/quality-mark/schemes/versions/{id}?handler=file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync("/quality-mark/schemes/shipped/quality-award")).Status);
        Assert.Equal(HttpStatusCode.OK, (await otherLa.GetAsync("/quality-mark/schemes/shipped/quality-mark")).Status);

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/quality-mark/schemes/versions/{id}")).Status);
    }
}
