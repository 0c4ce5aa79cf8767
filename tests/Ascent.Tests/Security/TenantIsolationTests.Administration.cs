using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of the audit trail, imports, the outbox and the local authorities themselves.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task AuditEntries_OfAnotherLocalAuthority_AreNotFoundAndNotListed()
    {
        var entryOfB = await app.WithDbAsync((db, _) => db.AuditEntries.Where(a => a.TenantId == app.World.TenantBId).Select(a => a.Id).FirstAsync());
        var entryOfA = await app.WithDbAsync((db, _) => db.AuditEntries.Where(a => a.TenantId == app.World.TenantAId).Select(a => a.Id).FirstAsync());
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/audit/{entryOfA}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/audit/{entryOfB}")).Status);
        var list = await browser.GetAsync("/audit?EntityType=Setting");
        Assert.DoesNotContain("Setting " + app.World.SettingB1Id + "<", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportRuns_OfAnotherLocalAuthority_AreNotFound()
    {
        var runOfB = await app.WithDbAsync(async (db, _) =>
        {
            var run = new Ascent.Web.Domain.Imports.ImportRun(app.World.TenantBId, "ofsted", "b.csv", "Bea Admin", app.Time.GetUtcNow()) { Rejected = 1 };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync();
            db.ImportRejectedRows.Add(new Ascent.Web.Domain.Imports.ImportRejectedRow(run.Id, app.World.TenantBId, "b.csv", 2, "Secret reason", "EY200001,secret row"));
            await db.SaveChangesAsync();
            return run.Id;
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/imports/{runOfB}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/imports/{runOfB}/rejected")).Status);
        Assert.DoesNotContain("b.csv", (await browser.GetAsync("/imports")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWaitingToBeChecked_ByAnotherLocalAuthority_IsNotFound()
    {
        using var b = app.NewBrowser();
        await b.SignInAsync(TestWorld.AdminB);
        var csv = Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles.Csv(Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles.Row(("Provider URN", "EY200001"), ("Local authority", "Brightwater")));
        var check = await b.UploadAsync(await b.GetAsync("/imports"), new Dictionary<string, string> { ["Source"] = "ofsted" }, "Files", ("b.csv", System.Text.Encoding.UTF8.GetBytes(csv)));
        Assert.Matches("^/imports/check/[0-9]+$", check.Url);

        using var a = app.NewBrowser();
        await a.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(check.Url)).Status);
        var imports = await a.GetAsync("/imports");
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsync(check.Url, [new("__RequestVerificationToken", imports.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)])).Status);
    }

    [Fact]
    public async Task OutboxMessages_OfAnotherLocalAuthority_CannotBeSeenDownloadedOrRetried()
    {
        var id = await app.WithDbAsync(async (db, services) =>
        {
            var message = services.GetRequiredService<Ascent.Web.Infrastructure.Email.Outbox>()
                .Add(app.World.TenantBId, "someone@brightwater.test", "Someone", "Brightwater's own e-mail", "Hello.");
            await db.SaveChangesAsync();
            return message.Id;
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var list = await browser.GetAsync("/outbox");
        Assert.DoesNotContain("Brightwater's own e-mail", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/outbox/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/outbox/{id}?handler=Download")).Status);
        var token = list.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync("/outbox?handler=Retry", [new("__RequestVerificationToken", token), new("id", id.ToString(CultureInfo.InvariantCulture))], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/outbox/{id}")).Status);
    }

    [Fact]
    public async Task Tenants_AreForSystemAdministratorsOnly()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        foreach (var id in new[] { app.World.TenantAId, app.World.TenantBId })
        {
            var page = await browser.GetAsync($"/tenants/{id}", follow: false);
            Assert.Equal(HttpStatusCode.Found, page.Status);
            Assert.Contains("access-denied", page.Location, StringComparison.Ordinal);
        }

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.SystemAdmin);
        Assert.Contains(TestWorld.TenantB, (await admin.GetAsync($"/tenants/{app.World.TenantBId}")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/tenants/999999")).Status);
    }

    [Fact]
    public async Task SystemAdministrator_SeesEveryLocalAuthority()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.SystemAdmin);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/settings/{app.World.SettingA1Id}")).Status);
    }
}
