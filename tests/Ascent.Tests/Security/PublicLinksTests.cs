using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ascent.Tests.Security;

/// Links in e-mails come from Ascent:PublicBaseUrl alone: a request's Host header is whatever its sender wrote,
/// and a reset link pointing at an attacker's host would hand them the reset token.
public abstract class PublicLinksTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task RequestForAnotherHost_IsRefused_WhenAllowedHostsIsNotConfigured()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://attacker.example"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/account/forgot-password")).StatusCode);
        using var browser = app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/forgot-password")).Status);
    }

    [Fact]
    public async Task WithoutPublicBaseUrl_OutsideDevelopment_AscentRefusesToStart()
    {
        var settings = app.Settings.Where(s => s.Key != "Ascent:PublicBaseUrl").ToDictionary();
        await using var factory = new AscentFactory(settings, app.Time);
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        Assert.Contains("Set Ascent:PublicBaseUrl", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAKeyCertificate_OutsideDevelopment_AscentRefusesToStart()
    {
        var settings = app.Settings.Where(s => !s.Key.StartsWith("Ascent:DataProtection:", StringComparison.Ordinal)).ToDictionary();
        await using var factory = new AscentFactory(settings, app.Time);
        var error = Assert.ThrowsAny<Exception>(() => factory.Server);
        Assert.Contains("Set Ascent:DataProtection:CertificatePath", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception? e)
    {
        var messages = new List<string>();
        for (; e is not null; e = e.InnerException)
            messages.Add(e.Message);
        return string.Join(" | ", messages);
    }
}

public sealed class PublicLinksTestsOnSqlite(SqliteFixture app) : PublicLinksTests<SqliteFixture>(app);

public sealed class PublicLinksTestsOnPostgres(PostgresFixture app) : PublicLinksTests<PostgresFixture>(app);

/// An operator who lets any Host header through (AllowedHosts "*") still gets links to PublicBaseUrl only.
public abstract class ForgedHostTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Forged = "attacker.example";

    [Fact]
    public async Task ForgedHost_NeverReachesAPasswordResetEmail()
    {
        using var browser = ForgedHostBrowser();
        var page = await browser.GetAsync("/account/forgot-password");
        page = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Email"] = TestWorld.OwnerA2 });
        Assert.Equal("Check your email", page.Heading);

        var message = await app.Smtp.WaitForMessageToAsync(TestWorld.OwnerA2, TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(Forged, message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://localhost/account/reset-password?", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedHost_NeverReachesAnInvitation()
    {
        using var owner = ForgedHostBrowser();
        Assert.Equal("/", (await owner.SignInAsync(TestWorld.OwnerA1)).Url);
        var page = await owner.SubmitAsync(await owner.GetAsync("/people/invite"), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Fern Forged",
            ["Input.Email"] = "fern@a1.test",
            ["Input.Roles"] = Roles.Practitioner,
        });
        Assert.Equal("/people", page.Url);

        var message = await app.Smtp.WaitForMessageToAsync("fern@a1.test", TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(Forged, message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://localhost/account/accept-invitation?", message.TextBody, StringComparison.Ordinal);
    }

    private Browser ForgedHostBrowser() => new(app.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://" + Forged),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }), app);
}

public sealed class AnyHostSqliteFixture : SqliteFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["AllowedHosts"] = "*";
}

public sealed class AnyHostPostgresFixture : PostgresFixture
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["AllowedHosts"] = "*";
}

public sealed class ForgedHostTestsOnSqlite(AnyHostSqliteFixture app) : ForgedHostTests<AnyHostSqliteFixture>(app);

public sealed class ForgedHostTestsOnPostgres(AnyHostPostgresFixture app) : ForgedHostTests<AnyHostPostgresFixture>(app);
