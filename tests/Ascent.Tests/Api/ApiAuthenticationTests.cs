using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Api;

public abstract partial class ApiAuthenticationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Token_IsShownOnceOnCreation_AndOnlyItsHashIsStored()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var secret = await ApiClient.CreateTokenAsync(browser, "Dashboard shown once");
        Assert.Matches(TokenPattern(), secret);

        var list = await browser.GetAsync("/account/tokens");
        Assert.Contains("Dashboard shown once", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list.Text, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("code.app-token"));

        var (hash, audit) = await app.WithDbAsync(async (db, _) =>
        {
            var token = await db.PersonalAccessTokens.SingleAsync(t => t.Name == "Dashboard shown once");
            var key = token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var entry = await db.AuditEntries.Where(a => a.EntityType == nameof(PersonalAccessToken) && a.EntityId == key).SingleAsync();
            return (token.TokenHash, entry.NewValues ?? "");
        });
        Assert.Equal(PersonalAccessToken.Hash(secret), hash);
        Assert.DoesNotContain(secret, hash, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, audit, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_NeedsANameAndAnExpiry()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var page = await browser.GetAsync("/account/tokens");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Name"] = "", ["Input.LifetimeInDays"] = "7" }, ApiClient.CreateFormSelector);
        Assert.Equal(["Enter a name for the token", "Select when the token expires"], page.ErrorMessages.Order(StringComparer.Ordinal));
        Assert.Null(page.Document.QuerySelector("code.app-token"));
    }

    [Fact]
    public async Task Request_WithoutAToken_IsUnauthorizedWithAProblem()
    {
        using var client = ApiClient.For(app, null);
        var response = await client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("asc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Request_WithAnUnknownToken_IsUnauthorized(string token)
    {
        using var client = ApiClient.For(app, token);
        var response = await client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedToken_IsUnauthorized()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var secret = await ApiClient.CreateTokenAsync(browser, "To be revoked");
        using var client = ApiClient.For(app, secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/settings")).StatusCode);

        var list = await browser.GetAsync("/account/tokens");
        var row = list.Document.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("To be revoked", StringComparison.Ordinal));
        var page = await browser.PostAsync("/account/tokens?handler=Revoke", Browser.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)row.QuerySelector("form")!));
        Assert.Contains("The token ‘To be revoked’ has been revoked", page.Document.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("To be revoked", StringComparison.Ordinal));

        var response = await client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInCookie_DoesNotAuthenticateTheApi()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var response = await browser.Client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        // With both, the token decides who is calling: here LA B's administrator's cookie and LA A's token.
        var secretOfA = await ApiClient.CreateTokenAsync(browser, "Cookie and token");
        using var adminB = app.NewBrowser();
        await adminB.SignInAsync(TestWorld.AdminB);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/settings");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secretOfA);
        var both = await (await adminB.Client.SendAsync(request)).JsonAsync();
        Assert.Equal(["EY100001", "EY100002"], both.GetProperty("items").Strings("urn"));
    }

    [Fact]
    public async Task DeactivatedUsersToken_IsUnauthorized()
    {
        var secret = await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.PractitionerA1);
        using var client = ApiClient.For(app, secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/settings")).StatusCode);
        await app.WithDbAsync(async (db, _) =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == TestWorld.PractitionerA1);
            user.Deactivate(app.Time.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/settings")).StatusCode);
    }

    [Fact]
    public async Task DeactivatingThroughPeople_RevokesTokens_SoReactivationDoesNotBringThemBack()
    {
        var secret = await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.OwnerA2);
        using var client = ApiClient.For(app, secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/settings")).StatusCode);

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var details = await admin.GetAsync($"/people/{app.World.UserIds[TestWorld.OwnerA2]}");
        details = await admin.SubmitAsync(details, formSelector: "form[action*='handler=Deactivate']");
        await admin.SubmitAsync(details, formSelector: "form[action*='handler=Reactivate']");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/settings")).StatusCode);
    }

    [Fact]
    public async Task LocalAuthorityStaffWithoutTwoFactor_CannotMakeOrUseTokens()
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserWithoutTwoFactorA);
        var page = await browser.GetAsync("/account/tokens");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(ApiClient.CreateFormSelector));
        var antiforgery = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(antiforgery);
        var post = await browser.PostAsync("/account/tokens?handler=Create",
            [new("__RequestVerificationToken", antiforgery), new("Input.Name", "Sneaky"), new("Input.LifetimeInDays", "30")], follow: false);
        Assert.Equal("/account/security/required", post.Location);

        // A token made behind the page's back does not get round the rule either.
        var secret = await app.WithDbAsync(async (db, _) =>
        {
            var (token, secret) = PersonalAccessToken.Create(app.World.UserIds[TestWorld.AdviserWithoutTwoFactorA], "Behind the page", 30, app.Time.GetUtcNow());
            db.PersonalAccessTokens.Add(token);
            await db.SaveChangesAsync();
            return secret;
        });
        using var client = ApiClient.For(app, secret);
        var response = await client.GetAsync("/api/v1/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("two-factor", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("^asc_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();
}

public sealed class ApiAuthenticationTestsOnSqlite(SqliteFixture app) : ApiAuthenticationTests<SqliteFixture>(app);

public sealed class ApiAuthenticationTestsOnPostgres(PostgresFixture app) : ApiAuthenticationTests<PostgresFixture>(app);
