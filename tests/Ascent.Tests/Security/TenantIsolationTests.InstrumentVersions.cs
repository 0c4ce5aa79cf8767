using System.Net;
using Ascent.Tests.Domain.Frameworks;
using Ascent.Tests.Support;
using Ascent.Web.Services.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of the instrument versions an LA uploads: another LA, and its settings, never see them.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task InstrumentVersions_OfAnotherLocalAuthority_AreNotFound()
    {
        var shipped = File.ReadAllText(Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "instruments", "leadership.yaml"));
        await app.WithDbAsync(async (_, services) =>
        {
            var definitions = services.GetRequiredService<InstrumentDefinitions>();
            await definitions.UploadAsync(app.World.TenantBId, shipped.Replace("version: \"1\"", "version: \"b-1\"", StringComparison.Ordinal), "leadership.yaml", "Bea Admin", app.Time.GetUtcNow());
            var own = shipped.Replace("code: leadership", "code: brightwater-audit", StringComparison.Ordinal)
                .Replace("name: Leadership and management audit", "name: Brightwater's own audit", StringComparison.Ordinal);
            return await definitions.UploadAsync(app.World.TenantBId, own, "own.yaml", "Bea Admin", app.Time.GetUtcNow());
        });

        foreach (var user in new[] { TestWorld.AdminA, TestWorld.OwnerA1 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(user);
            foreach (var url in new[] { "/instruments/brightwater-audit", "/instruments/leadership?version=b-1", "/instruments/leadership?handler=File&version=b-1" })
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
            var list = (await browser.GetAsync("/instruments")).Document.QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("Brightwater", list, StringComparison.Ordinal);
            Assert.DoesNotContain("b-1", (await browser.GetAsync("/instruments/leadership")).Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/instruments/brightwater-audit")).Status);
    }
}
