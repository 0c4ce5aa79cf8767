using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of the register: settings, their groupings and contacts.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task Settings_OfAnotherLocalAuthority_AreNotFoundAndNotListed()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/settings/{app.World.SettingA1Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}")).Status);
        var list = await browser.GetAsync("/settings");
        Assert.Contains("Acorn Day Nursery", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar Nursery", list.Text, StringComparison.Ordinal);
        Assert.Contains("Acorn Day Nursery", (await browser.GetAsync("/settings?Query=EY100001")).Text, StringComparison.Ordinal);
        var search = await browser.GetAsync("/settings?Query=EY200001");
        Assert.DoesNotContain("Cedar Nursery", search.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupingsAndContacts_OfAnotherLocalAuthority_CannotBeSeenOrChanged()
    {
        var contactB = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var contact = new Ascent.Web.Domain.Settings.SettingContact(setting, "Manager", "Brightwater Manager");
            db.SettingContacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}/groupings")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}/judgements/new?Framework=ofsted-eif-2019")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}/notices/new")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}/contacts")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}/contacts/{contactB}")).Status);
        // Another LA's contact id under one of this LA's own settings is not found either.
        var ownForm = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/groupings");
        var token = ownForm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var post = await browser.PostAsync($"/settings/{app.World.SettingA1Id}/contacts/{contactB}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Role"] = "Manager",
            ["Input.Name"] = "Overwritten",
            ["Input.Version"] = "1",
        });
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        var groupings = await browser.PostAsync($"/settings/{app.World.SettingB1Id}/groupings", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.District"] = "Overwritten",
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.NotFound, groupings.Status);
        var (name, district) = await app.WithDbAsync(async (db, _) => (
            await db.SettingContacts.IgnoreQueryFilters().Where(c => c.Id == contactB).Select(c => c.Name).SingleAsync(),
            await db.Settings.IgnoreQueryFilters().Where(s => s.Id == app.World.SettingB1Id).Select(s => s.District).SingleAsync()));
        Assert.Equal("Brightwater Manager", name);
        Assert.NotEqual("Overwritten", district);
    }

    [Fact]
    public async Task Settings_OfAnotherSetting_AreNotFoundForSettingStaff()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/settings/{app.World.SettingA1Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingA2Id}")).Status);
        var list = await browser.GetAsync("/settings");
        Assert.DoesNotContain("Bramble Pre-school", list.Text, StringComparison.Ordinal);
    }
}
