using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenancy is enforced once, in AppDbContext's query filters. These tests make sure every route that takes an
/// id honours it: a user of LA A asking for LA B's things by id gets "not found", and nothing of B's changes.
public abstract class TenantIsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    /// Every route with a parameter, and how to probe it. A route added without an entry here fails the first test.
    private static readonly string[] CoveredRoutes =
    [
        "settings/{id:int}",
        "settings/{id:int}/groupings",
        "settings/{id:int}/judgements/new",
        "settings/{id:int}/notices/new",
        "settings/{id:int}/contacts/{contactId:int?}",
        "tenants/{id:int}",
        "people/{id:guid}",
        "people/invitations/{id:int}/cancel",
        "audit/{id:long}",
        "imports/check/{id:long}",
        "imports/{id:long}",
        "imports/{id:long}/rejected",
        "pathways/versions/{id:int}",
        "cases/{id:int}",
        "cases/{id:int}/tasks/{taskId:int}",
        "cases/{id:int}/concerns/{concernId:int?}",
        "cases/{id:int}/close",
        "funding/{id:int}",
        "settings/{id:int}/visits",
        "settings/{id:int}/visits/new",
        "settings/{id:int}/self-evaluation",
        "settings/{id:int}/self-evaluation/{area}",
        "settings/{id:int}/self-evaluation/voices",
        "voices/{token}", // not an entity id: a secret link answered without an account, found by its hash alone
        "self-evaluations/{id:int}",
        "self-evaluation/guidance/{framework}/{area}", // not an entity: codes, within the signed-in LA's own guidance
        "settings/{id:int}/plan",
        "settings/{id:int}/plan/goal/{goalId:int?}",
        "settings/{id:int}/plan/document",
        "settings/{id:int}/plan/print",
        "settings/{id:int}/plan/export",
        "plan-goals/{id:int}",
        "settings/{id:int}/plan/history",
        "plan-goals/{id:int}/history",
        "settings/{id:int}/plan/share",
        "shared/plan/{token}", // not an entity id: a secret token, found by its hash and scoped to its own setting
        "settings/{id:int}/plan/service",
        "settings/{id:int}/evidence",
        "settings/{id:int}/evidence/item/{evidenceId:int?}",
        "evidence/{id:int}",
        "evidence/{id:int}/file",
        "visits/{id:int}",
        "visits/{id:int}/edit",
        "visits/{id:int}/cancel",
        "visits/{id:int}/preparation",
        "visits/{id:int}/documents/{documentId:int}",
        "visits/{id:int}/note",
        "visits/{id:int}/note/print",
        "visits/{id:int}/note/document",
        "visits/templates/{purpose}", // not an entity: the visit purpose, within the signed-in LA's own templates
        "outbox/{id:long}",
        "api/v1/settings/{id:int}",
        "api/v1/settings/{id:int}/inspections",
        "api/{**path}", // not an entity: unknown API paths answer a JSON 404
        "openapi/{documentName}.json", // not an entity: the name of the OpenAPI document
        "error/{code:int?}", // not an entity: the status code of an error page
    ];

    [Fact]
    public void EveryRouteThatTakesAnId_IsCoveredByTheseTests()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(CoveredRoutes.Order(StringComparer.Ordinal), routes);
    }

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
    public async Task Cases_OfAnotherLocalAuthority_CannotBeSeenOrChanged()
    {
        var (caseId, taskId, concernId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var payload = "{\"FrameworkCode\":\"ofsted-eif-2019\",\"Date\":\"2026-10-01\",\"OverallGrade\":\"3\",\"Grades\":{\"overall\":\"3\"}}";
            db.ChangeEvents.Add(new Ascent.Web.Domain.Settings.ChangeEvent(setting.TenantId, setting.Id, "new-judgement", "Brightwater judged", payload, app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
            await Ascent.Web.Jobs.PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
            var supportCase = await db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).SingleAsync(c => c.SettingId == setting.Id && c.PathwayCode == "requires-improvement");
            var concern = new Ascent.Web.Domain.Cases.CaseConcern(supportCase, new DateOnly(2026, 10, 2), "A concern in Brightwater", "Bea Admin", app.Time.GetUtcNow());
            supportCase.Concerns.Add(concern);
            await db.SaveChangesAsync();
            return (supportCase.Id, supportCase.Tasks[0].Id, concern.Id);
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        foreach (var url in new[] { $"/cases/{caseId}", $"/cases/{caseId}/tasks/{taskId}", $"/cases/{caseId}/concerns", $"/cases/{caseId}/concerns/{concernId}", $"/cases/{caseId}/close" })
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
        Assert.DoesNotContain("Cedar Nursery", (await browser.GetAsync("/cases?Show=open")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar Nursery", (await browser.GetAsync("/tasks")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar Nursery", (await browser.GetAsync("/cases/export?format=csv")).Text, StringComparison.Ordinal);

        var ownForm = await browser.GetAsync($"/settings/{app.World.SettingA1Id}/groupings");
        var token = ownForm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/cases/{caseId}/close", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Reason"] = "Closed from LA A" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/cases/{caseId}/tasks/{taskId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Note"] = "Done from LA A" })).Status);
        var (status, state) = await app.WithDbAsync(async (db, _) => (
            await db.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync(),
            await db.CaseTasks.IgnoreQueryFilters().Where(t => t.Id == taskId).Select(t => t.State).SingleAsync()));
        Assert.Equal(Ascent.Web.Domain.Cases.CaseStatus.Open, status);
        Assert.Equal(Ascent.Web.Domain.Cases.CaseTaskState.Open, state);
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

    [Fact]
    public async Task People_OfAnotherLocalAuthority_CannotBeSeenOrChanged()
    {
        var adminB = app.World.UserIds[TestWorld.AdminB];
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{adminB}")).Status);
        Assert.DoesNotContain("Bea Admin", (await browser.GetAsync("/people")).Text, StringComparison.Ordinal);

        // Forms posted straight at B's user, with a valid token from one of A's own pages.
        var own = await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.AdviserA]}");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[] { "Deactivate", "Roles" })
        {
            var post = await browser.PostAsync($"/people/{adminB}?handler={handler}",
                [new("__RequestVerificationToken", token), new("SelectedRoles", Roles.ImprovementAdviser)], follow: false);
            Assert.Equal(HttpStatusCode.NotFound, post.Status);
        }

        var (active, roles) = await app.WithDbAsync(async (db, services) =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == adminB);
            return (user.IsActive, await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().GetRolesAsync(user));
        });
        Assert.True(active);
        Assert.Equal([Roles.LaAdministrator], roles);
    }

    [Fact]
    public async Task SettingOwner_CannotSeeOrChangeLocalAuthorityStaffOrOtherSettingsStaff()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.OwnerA2]}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.AdviserA]}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/people/{app.World.UserIds[TestWorld.PractitionerA1]}")).Status);
        var people = await browser.GetAsync("/people");
        Assert.DoesNotContain("Oona Owner", people.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ari Adviser", people.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitations_OfAnotherLocalAuthority_CannotBeSeenOrCancelled()
    {
        var invitationId = await app.WithDbAsync(async (db, _) =>
        {
            var (invitation, _) = Invitation.Create("someone@brightwater.test", "Someone", app.World.TenantBId, null, [Roles.ImprovementAdviser], app.World.UserIds[TestWorld.AdminB], app.Time.GetUtcNow());
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });
        using var browser = app.NewBrowser();
        var home = await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/people/invitations/{invitationId}/cancel")).Status);
        var token = home.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/people/invitations/{invitationId}/cancel", [new("__RequestVerificationToken", token)], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Null(await app.WithDbAsync((db, _) => db.Invitations.Where(i => i.Id == invitationId).Select(i => i.CancelledAt).SingleAsync()));
    }

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
        var csv = Ascent.Tests.Imports.Ofsted.OfstedTestFiles.Csv(Ascent.Tests.Imports.Ofsted.OfstedTestFiles.Row(("Provider URN", "EY200001"), ("Local authority", "Brightwater")));
        var check = await b.UploadAsync(await b.GetAsync("/imports"), new Dictionary<string, string> { ["Source"] = "ofsted" }, "Files", ("b.csv", System.Text.Encoding.UTF8.GetBytes(csv)));
        Assert.Matches("^/imports/check/[0-9]+$", check.Url);

        using var a = app.NewBrowser();
        await a.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(check.Url)).Status);
        var imports = await a.GetAsync("/imports");
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsync(check.Url, [new("__RequestVerificationToken", imports.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)])).Status);
    }

    [Fact]
    public async Task PathwayVersionsAndSchoolTerms_OfAnotherLocalAuthority_AreNotFound()
    {
        var (versionOfA, versionOfB, termOfB) = await app.WithDbAsync(async (db, services) =>
        {
            var library = services.GetRequiredService<Ascent.Web.Domain.Cases.PathwayLibrary>();
            var a = (await library.CurrentAsync(db, app.World.TenantAId, CancellationToken.None))[0].Version.Id;
            var b = (await library.CurrentAsync(db, app.World.TenantBId, CancellationToken.None))[0].Version.Id;
            var term = new Ascent.Web.Domain.Calendar.SchoolTerm(app.World.TenantBId, "Brightwater autumn", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 18));
            db.SchoolTerms.Add(term);
            await db.SaveChangesAsync();
            return (a, b, term.Id);
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/pathways/versions/{versionOfA}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/pathways/versions/{versionOfB}")).Status);
        var terms = await browser.GetAsync("/pathways/terms");
        Assert.DoesNotContain("Brightwater autumn", terms.Text, StringComparison.Ordinal);
        var token = terms.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/pathways/terms?handler=Remove&id={termOfB}", [new("__RequestVerificationToken", token)], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.True(await app.WithDbAsync((db, _) => db.SchoolTerms.IgnoreQueryFilters().AnyAsync(t => t.Id == termOfB)));
    }

    [Fact]
    public async Task Sessions_OfAnotherUser_CannotBeRevoked()
    {
        using var victim = app.NewBrowser();
        await victim.SignInAsync(TestWorld.AdminB);
        var victimSession = await app.WithDbAsync((db, _) => db.UserSessions.Where(s => s.UserId == app.World.UserIds[TestWorld.AdminB]).Select(s => s.Id).FirstAsync());

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var sessions = await browser.GetAsync("/account/sessions");
        var token = sessions.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync("/account/sessions?handler=Revoke", [new("__RequestVerificationToken", token), new("id", victimSession.ToString())], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/", follow: false)).Status);
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
    public async Task ApiSettings_OfAnotherLocalAuthority_AreNotFoundAndNotListed()
    {
        using var api = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        foreach (var path in new[] { "/api/v1/settings/{0}", "/api/v1/settings/{0}/inspections" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingA1Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingB1Id))).StatusCode);
        }

        var list = await api.GetStringAsync("/api/v1/settings?pageSize=500");
        Assert.Contains("EY100001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("EY200001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("EY200001", await api.GetStringAsync("/api/v1/settings?q=EY200001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiSettings_OfAnotherSetting_AreNotFoundForSettingStaff()
    {
        using var api = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.OwnerA1));
        foreach (var path in new[] { "/api/v1/settings/{0}", "/api/v1/settings/{0}/inspections" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingA1Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingA2Id))).StatusCode);
        }

        Assert.DoesNotContain("EY100002", await api.GetStringAsync("/api/v1/settings"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiTokens_OfAnotherUser_CannotBeRevoked()
    {
        var victimToken = await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminB, "Brightwater dashboard");
        var victimTokenId = await app.WithDbAsync((db, _) => db.PersonalAccessTokens.Where(t => t.Name == "Brightwater dashboard").Select(t => t.Id).SingleAsync());

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var tokens = await browser.GetAsync("/account/tokens");
        Assert.DoesNotContain("Brightwater dashboard", tokens.Text, StringComparison.Ordinal);
        var token = tokens.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync("/account/tokens?handler=Revoke", [new("__RequestVerificationToken", token), new("id", victimTokenId.ToString(CultureInfo.InvariantCulture))], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        using var victim = ApiClient.For(app, victimToken);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/v1/settings")).StatusCode);
    }

    [Fact]
    public async Task FundingProposals_OfAnotherLocalAuthority_CannotBeSeenOrDecided()
    {
        var proposalB = await app.WithDbAsync(async (db, _) =>
        {
            var decision = new Ascent.Web.Domain.Funding.FundingDecision(app.World.TenantBId, app.World.SettingB1Id, [Ascent.Web.Domain.Funding.FundingEntitlements.TwoYearOlds],
                Ascent.Web.Domain.Funding.FundingState.Withdrawn, "test", "Brightwater's own proposal", null, null, app.Time.GetUtcNow());
            db.FundingDecisions.Add(decision);
            await db.SaveChangesAsync();
            return decision.Id;
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/funding/{proposalB}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/funding/{proposalB}?handler=Letter")).Status);
        Assert.DoesNotContain("Brightwater's own proposal", (await browser.GetAsync("/funding")).Text, StringComparison.Ordinal);
        var token = (await browser.GetAsync("/funding/letter-template")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await browser.PostAsync($"/funding/{proposalB}", [new("__RequestVerificationToken", token), new("Input.Decision", "reject"), new("Input.RejectionReason", "Not ours")], follow: false);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        var state = await app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.Id == proposalB).Select(d => d.State).SingleAsync());
        Assert.Equal(Ascent.Web.Domain.Funding.FundingDecisionState.Proposed, state);
    }

    [Fact]
    public async Task SystemAdministrator_SeesEveryLocalAuthority()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.SystemAdmin);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/settings/{app.World.SettingB1Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/settings/{app.World.SettingA1Id}")).Status);
    }

    [Fact]
    public async Task Visits_AreSeenOnlyByTheirLocalAuthorityAndSetting_AndDraftNotesOnlyByTheLocalAuthority()
    {
        var (visitId, documentId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var visit = new Ascent.Web.Domain.Visits.Visit(setting, Ascent.Web.Domain.Visits.VisitPurposes.AnnualConversation, "Annual conversation",
                new Ascent.Web.Domain.Visits.VisitSchedule(new DateOnly(2026, 12, 1), new TimeOnly(10, 0), 60, "Europe/London", Ascent.Web.Domain.Visits.VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            var document = new Ascent.Web.Domain.Visits.VisitDocument(visit, "plan.docx", "application/octet-stream", [1, 2, 3], "Test", app.Time.GetUtcNow());
            visit.Documents.Add(document);
            db.Visits.Add(visit);
            var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
            db.VisitNotes.Add(new Ascent.Web.Domain.Visits.VisitNote(visit, adviser.Id, adviser.DisplayName, Ascent.Web.Domain.Visits.NoteTemplateDefaults.For(setting.TenantId, "annual-conversation"), app.Time.GetUtcNow()));
            await db.SaveChangesAsync();
            return (visit.Id, document.Id);
        });
        string[] pages = [$"/visits/{visitId}", $"/visits/{visitId}/cancel", $"/visits/{visitId}/documents/{documentId}", $"/settings/{app.World.SettingA1Id}/visits"];
        string[] laPages = [$"/visits/{visitId}/edit", $"/visits/{visitId}/note", $"/visits/{visitId}/note/print", $"/visits/{visitId}/note/document", $"/settings/{app.World.SettingA1Id}/visits/new"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages.Concat(laPages))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var page in pages.Concat(laPages))
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(page)).Status);

        // The setting itself sees its visit and document, but not the draft note.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/visits/{visitId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/visits/{visitId}/documents/{documentId}")).Status);
        foreach (var draft in new[] { $"/visits/{visitId}/note", $"/visits/{visitId}/note/print", $"/visits/{visitId}/note/document" })
            Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(draft)).Status);

        // Another setting of the same LA sees nothing of it.
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(page)).Status);
    }

    [Fact]
    public async Task SelfEvaluations_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var (evaluationId, areaId) = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var frameworks = services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>();
            var evaluation = Ascent.Web.Domain.SelfEvaluation.Evaluation.Start(setting, frameworks.Get("ofsted-renewed-2025"), "Olu Owner", app.Time.Today());
            db.SelfEvaluations.Add(evaluation);
            await db.SaveChangesAsync();
            return (evaluation.Id, evaluation.Areas[0].Id);
        });
        string[] pages = [$"/settings/{app.World.SettingA1Id}/self-evaluation", $"/self-evaluations/{evaluationId}"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Append($"/settings/{app.World.SettingA1Id}/self-evaluation/inclusion"))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages.Append($"/settings/{app.World.SettingA1Id}/self-evaluation/inclusion"))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var post = await browser.PostAsync($"/settings/{app.World.SettingA1Id}/self-evaluation?handler=Finish", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Version"] = "0",
            });
            Assert.Equal(HttpStatusCode.NotFound, post.Status);
            // Nor can another setting make a goal of its own from this one's self-evaluation.
            var theirSetting = other == TestWorld.OwnerA2 ? app.World.SettingA2Id : app.World.SettingB1Id;
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{theirSetting}/plan/goal?FromArea={areaId}")).Status);
        }

        Assert.Null(await app.WithDbAsync((db, _) => db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.Id == evaluationId).Select(e => e.FinishedOn).SingleAsync()));
    }

    [Fact]
    public async Task Voices_AreSeenOnlyByTheirLocalAuthorityAndSetting_AndNobodyElseClosesOrCommentsOnThem()
    {
        var (evaluationId, invitationId) = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id);
            var frameworks = services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>();
            var evaluation = Ascent.Web.Domain.SelfEvaluation.Evaluation.Start(setting, frameworks.Get("ofsted-renewed-2025"), "Oona Owner", app.Time.Today());
            db.SelfEvaluations.Add(evaluation);
            await db.SaveChangesAsync();
            var (invitation, _) = Ascent.Web.Domain.SelfEvaluation.VoiceInvitation.Create(evaluation, Ascent.Web.Domain.SelfEvaluation.VoiceAudience.Parent, "Parent of Zara", "Oona Owner", app.Time.GetUtcNow());
            db.VoiceInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return (evaluation.Id, invitation.Id);
        });
        var voices = $"/settings/{app.World.SettingA2Id}/self-evaluation/voices";

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA2);
        Assert.Contains("Parent of Zara", (await own.GetAsync(voices)).Text, StringComparison.Ordinal);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync(voices);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.DoesNotContain("Parent of Zara", read.Text, StringComparison.Ordinal);
        Assert.Empty(read.Document.QuerySelectorAll("main form"));

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA1 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(voices)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var close = await browser.PostAsync($"{voices}?handler=Close&invitationId={invitationId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            Assert.Equal(HttpStatusCode.NotFound, close.Status);
            var create = await browser.PostAsync($"{voices}?handler=Create", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Audience"] = "Parent" });
            Assert.Equal(HttpStatusCode.NotFound, create.Status);
            var comment = await browser.PostAsync($"/self-evaluations/{evaluationId}?handler=Comment", new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["area"] = "inclusion",
                ["Comments[inclusion]"] = "Not ours to comment on",
            });
            Assert.Equal(HttpStatusCode.NotFound, comment.Status);
        }

        // Another setting's link id under one's own setting is not found either.
        using var a1 = app.NewBrowser();
        await a1.SignInAsync(TestWorld.OwnerA1);
        var ownToken = (await a1.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var crossed = await a1.PostAsync($"/settings/{app.World.SettingA1Id}/self-evaluation/voices?handler=Close&invitationId={invitationId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = ownToken });
        Assert.Equal(HttpStatusCode.NotFound, crossed.Status);

        var (closedAt, invitations, comments) = await app.WithDbAsync(async (db, _) => (
            await db.VoiceInvitations.Where(i => i.Id == invitationId).Select(i => i.ClosedAt).SingleAsync(),
            await db.VoiceInvitations.CountAsync(i => i.EvaluationId == evaluationId),
            await db.SelfEvaluationComments.CountAsync(c => c.EvaluationId == evaluationId)));
        Assert.Null(closedAt);
        Assert.Equal(1, invitations);
        Assert.Equal(0, comments);
    }

    [Fact]
    public async Task ImprovementPlans_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var goalId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var goal = new Ascent.Web.Domain.Improvement.PlanGoal(setting, Ascent.Web.Domain.Improvement.GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("A goal of Acorn's", null, null, null, Ascent.Web.Domain.Improvement.GoalPriority.High, null, null);
            db.PlanGoals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });
        var plan = $"/settings/{app.World.SettingA1Id}/plan";
        string[] pages = [plan, $"/plan-goals/{goalId}", $"{plan}/document", $"{plan}/print", $"{plan}/export?format=csv", $"{plan}/export?format=xlsx", $"{plan}/history", $"/plan-goals/{goalId}/history", $"{plan}/share"];
        string[] editing = [$"/settings/{app.World.SettingA1Id}/plan/goal", $"/settings/{app.World.SettingA1Id}/plan/goal/{goalId}"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Concat(editing))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages.Concat(editing))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var note = await browser.PostAsync($"/plan-goals/{goalId}?handler=Note", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["NoteText"] = "Not mine to write" });
            Assert.Equal(HttpStatusCode.NotFound, note.Status);
            // Another setting's goal id under one's own setting is not found either.
            var own2 = other == TestWorld.OwnerA2 ? app.World.SettingA2Id : app.World.SettingB1Id;
            var edit = await browser.PostAsync($"/settings/{own2}/plan/goal/{goalId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Outcome"] = "Overwritten", ["Version"] = "1" });
            Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        }

        var (outcome, notes) = await app.WithDbAsync(async (db, _) => (
            await db.PlanGoals.IgnoreQueryFilters().Where(g => g.Id == goalId).Select(g => g.Outcome).SingleAsync(),
            await db.GoalNotes.IgnoreQueryFilters().CountAsync(n => n.GoalId == goalId)));
        Assert.Equal("A goal of Acorn's", outcome);
        Assert.Equal(0, notes);
    }

    [Fact]
    public async Task Evidence_IsSeenOnlyByItsLocalAuthorityAndSetting()
    {
        var evidenceId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var item = new Ascent.Web.Domain.Evidence.EvidenceItem(setting.TenantId, setting.Id, "Olu Owner", app.Time.GetUtcNow());
            item.Describe("Acorn's risk assessment", null, null, new DateOnly(2026, 9, 1));
            item.Attach("risk.txt", "text/plain", [1, 2, 3]);
            db.EvidenceItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var settingId = app.World.SettingA1Id;
        string[] pages = [$"/settings/{settingId}/evidence", $"/evidence/{evidenceId}", $"/evidence/{evidenceId}/file"];
        string[] editing = [$"/settings/{settingId}/evidence/item", $"/settings/{settingId}/evidence/item/{evidenceId}"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Concat(editing))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            foreach (var page in pages.Concat(editing))
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).Status);
            var token = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var own2 = other == TestWorld.OwnerA2 ? app.World.SettingA2Id : app.World.SettingB1Id;
            var edit = await browser.PostAsync($"/settings/{own2}/evidence/item/{evidenceId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Title"] = "Overwritten", ["GatheredOn.Day"] = "1", ["GatheredOn.Month"] = "9", ["GatheredOn.Year"] = "2026" });
            Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        }

        Assert.Equal("Acorn's risk assessment", await app.WithDbAsync((db, _) => db.EvidenceItems.IgnoreQueryFilters().Where(e => e.Id == evidenceId).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task ShareLinks_AreMadeSeenAndRevokedOnlyByTheirSetting_AndShowOnlyTheirOwnSetting()
    {
        var (linkId, token) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var goal = new Ascent.Web.Domain.Improvement.PlanGoal(setting, Ascent.Web.Domain.Improvement.GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("A shared goal of Acorn's", null, null, null, Ascent.Web.Domain.Improvement.GoalPriority.High, null, null);
            db.PlanGoals.Add(goal);
            var (link, secret) = Ascent.Web.Domain.Improvement.PlanShareLink.Create(setting, "Acorn's inspection", 7, "Olu Owner", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return (link.Id, secret);
        });
        var tokenB = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingB1Id);
            var (link, secret) = Ascent.Web.Domain.Improvement.PlanShareLink.Create(setting, "Cedar's inspection", 7, "Bea Admin", app.Time.GetUtcNow());
            db.PlanShareLinks.Add(link);
            await db.SaveChangesAsync();
            return secret;
        });

        // Another LA's or another setting's people: not found, and nothing made or revoked.
        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA2 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{app.World.SettingA1Id}/plan/share")).Status);
            var antiforgery = (await browser.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var make = await browser.PostAsync($"/settings/{app.World.SettingA1Id}/plan/share", new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["Purpose"] = "Not mine", ["Days"] = "7" });
            Assert.Equal(HttpStatusCode.NotFound, make.Status);
            var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["linkId"] = linkId.ToString(CultureInfo.InvariantCulture), ["version"] = "0" };
            Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/settings/{app.World.SettingA1Id}/plan/share?handler=Revoke", fields)).Status);
            // Nor is A1's link found under the other's own setting.
            if (other == TestWorld.OwnerA2)
                Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/settings/{app.World.SettingA2Id}/plan/share?handler=Revoke", fields)).Status);
        }

        var (links, revoked) = await app.WithDbAsync(async (db, _) => (
            await db.PlanShareLinks.IgnoreQueryFilters().CountAsync(l => l.SettingId == app.World.SettingA1Id),
            await db.PlanShareLinks.IgnoreQueryFilters().Where(l => l.Id == linkId).Select(l => l.RevokedAt).SingleAsync()));
        Assert.Equal(1, links);
        Assert.Null(revoked);

        // Each link shows its own setting alone.
        using var inspector = app.NewBrowser();
        var a = (await inspector.GetAsync($"/shared/plan/{token}")).Document.Body!.TextContent;
        Assert.Contains("A shared goal of Acorn's", a, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar", a, StringComparison.Ordinal);
        var b = (await inspector.GetAsync($"/shared/plan/{tokenB}")).Document.Body!.TextContent;
        Assert.Contains("Cedar Nursery", b, StringComparison.Ordinal);
        Assert.DoesNotContain("Acorn", b, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfEvaluationGuidance_OfAnotherLocalAuthority_IsNeitherSeenNorChanged()
    {
        const string url = "/self-evaluation/guidance/ofsted-renewed-2025/safeguarding";
        await app.WithDbAsync(async (db, _) =>
        {
            db.AreaGuidance.Add(new Ascent.Web.Domain.SelfEvaluation.AreaGuidance(app.World.TenantAId, "ofsted-renewed-2025", "safeguarding", "Ashdown's own safeguarding prompt", "Ada Admin", app.Time.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminB);
        var form = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.DoesNotContain("Ashdown's own safeguarding prompt", form.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ashdown's own safeguarding prompt", (await browser.GetAsync("/self-evaluation/guidance")).Document.Body!.TextContent, StringComparison.Ordinal);
        // Ashdown's version changes nothing of Ashdown's; saving makes Brightwater's own wording beside it.
        var refused = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Brightwater's prompt", ["Version"] = "1" });
        Assert.Contains(refused.ErrorMessages, m => m.StartsWith("Someone else changed this guidance", StringComparison.Ordinal));
        await browser.SubmitAsync(refused);

        var texts = await app.WithDbAsync((db, _) => db.AreaGuidance.IgnoreQueryFilters().Where(g => g.AreaCode == "safeguarding")
            .Select(g => new { g.TenantId, g.Text }).ToListAsync());
        Assert.Equal("Ashdown's own safeguarding prompt", Assert.Single(texts, t => t.TenantId == app.World.TenantAId).Text);
        Assert.Equal("Brightwater's prompt", Assert.Single(texts, t => t.TenantId == app.World.TenantBId).Text);
    }

    [Fact]
    public async Task ServiceStatements_AreSeenOnlyByTheirLocalAuthorityAndService()
    {
        var serviceId = await app.WithDbAsync(async (db, _) =>
        {
            var service = new Ascent.Web.Domain.Settings.Setting(app.World.TenantAId, $"SE-{Random.Shared.Next(10000000, 99999999)}", "Banksia Early Learning", "Centre-Based Care", null) { Regulator = "ACECQA" };
            db.Settings.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync($"/settings/{serviceId}/plan/service")).Status);
        foreach (var other in new[] { TestWorld.AdminB, TestWorld.OwnerA1 })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(other);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/settings/{serviceId}/plan/service")).Status);
        }

        // An English setting has no QIP front page.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/settings/{app.World.SettingA1Id}/plan/service")).Status);
    }
}

public sealed class TenantIsolationTestsOnSqlite(SqliteFixture app) : TenantIsolationTests<SqliteFixture>(app);

public sealed class TenantIsolationTestsOnPostgres(PostgresFixture app) : TenantIsolationTests<PostgresFixture>(app);
