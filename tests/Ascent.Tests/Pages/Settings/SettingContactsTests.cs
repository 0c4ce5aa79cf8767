using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Settings;

public abstract class SettingContactsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static Dictionary<string, string> Contact(string role, string name, string email) =>
        new() { ["Input.Role"] = role, ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Telephone"] = "01234 567890" };

    [Fact]
    public async Task Owner_AddsAndChangesTheirManager_AndSeesThemOnTheProfile()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        var form = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/contacts");
        var added = await browser.SubmitAsync(form, Contact("Manager", "Mina Manager", "mina@acorn.test"));
        Assert.Contains("Contact Mina Manager saved", added.Text, StringComparison.Ordinal);
        Assert.Contains("mailto:mina@acorn.test", added.Text, StringComparison.Ordinal);

        var id = await app.WithDbAsync((db, _) => db.SettingContacts.IgnoreQueryFilters().Where(c => c.Name == "Mina Manager").Select(c => c.Id).SingleAsync());
        var edit = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/contacts/{id}");
        var changed = await browser.SubmitAsync(edit, Contact("Manager", "Mina Manager", "mina.m@acorn.test"));
        Assert.Contains("mina.m@acorn.test", changed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContactNeedsARoleAndAName_AndAValidEmail()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);
        var form = await browser.GetAsync($"/settings/{app.World.SettingA2Id}/contacts");
        var page = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Email"] = "not an email" });
        Assert.Contains("Select the contact's role", page.ErrorMessages);
        Assert.Contains("Enter the contact's full name", page.ErrorMessages);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", page.ErrorMessages);
    }

    [Fact]
    public async Task ConcurrentEditsOfOneContact_AreDetected_AndRemovingAChangedContactIsRefused()
    {
        using var owner = app.NewBrowser();
        using var adviser = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        await adviser.SignInAsync(TestWorld.AdviserA);
        var add = await owner.GetAsync($"/settings/{app.World.SettingA2Id}/contacts");
        await owner.SubmitAsync(add, Contact("Owner or nominated person", "Nia Nominated", "nia@bramble.test"));
        var id = await app.WithDbAsync((db, _) => db.SettingContacts.IgnoreQueryFilters().Where(c => c.Name == "Nia Nominated").Select(c => c.Id).SingleAsync());
        var url = $"/settings/{app.World.SettingA2Id}/contacts/{id}";
        var ownerForm = await owner.GetAsync(url);
        var adviserForm = await adviser.GetAsync(url);

        await owner.SubmitAsync(ownerForm, Contact("Owner or nominated person", "Nia Nominated", "nia.new@bramble.test"));
        var conflict = await adviser.SubmitAsync(adviserForm, Contact("Owner or nominated person", "Nia Nominated", "nia.old@bramble.test"));
        Assert.Contains(conflict.ErrorMessages, m => m.Contains("Someone else changed this contact", StringComparison.Ordinal) && m.Contains("nia.new@bramble.test", StringComparison.Ordinal));

        var staleRemove = await adviser.SubmitAsync(adviserForm, formSelector: "main form:last-of-type");
        Assert.Contains(staleRemove.ErrorMessages, m => m.Contains("Someone else changed this contact", StringComparison.Ordinal));
        Assert.Equal("nia.new@bramble.test", await app.WithDbAsync((db, _) => db.SettingContacts.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Email).SingleAsync()));
    }

    [Fact]
    public async Task SettingStaff_ReachOnlyTheirOwnSettingsContacts_AndPractitionersCannotEdit()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/settings/{app.World.SettingA2Id}/contacts")).Status);

        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var denied = await practitioner.GetAsync($"/settings/{app.World.SettingA1Id}/contacts", follow: false);
        Assert.Equal(HttpStatusCode.Found, denied.Status);
        Assert.Contains("/account/access-denied", denied.Location ?? "", StringComparison.Ordinal);
    }
}

public sealed class SettingContactsTestsOnSqlite(SqliteFixture app) : SettingContactsTests<SqliteFixture>(app);

public sealed class SettingContactsTestsOnPostgres(PostgresFixture app) : SettingContactsTests<PostgresFixture>(app);
