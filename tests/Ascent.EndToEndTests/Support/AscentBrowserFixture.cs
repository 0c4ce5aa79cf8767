using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Playwright;

namespace Ascent.EndToEndTests.Support;

/// One Ascent in demo mode on real Kestrel, with its own SQLite database in a temporary folder, and one
/// headless Chromium (Debian's, never one Playwright downloads) shared by every browser test.
/// Each test opens its own browser context, so tests share no cookies.
public sealed class AscentBrowserFixture : IAsyncLifetime
{
    /// Debian's Chromium; ./test.sh installs it. ASCENT_E2E_CHROMIUM points elsewhere if a machine keeps it elsewhere.
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("ASCENT_E2E_CHROMIUM") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", // the tests run as root
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private const int StartAttempts = 3;

    private KestrelAscentFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? dataDirectory;
    private X509Certificate2? certificate;

    public string BaseUrl { get; private set; } = "";

    /// Monday 23 November 2026, 09:00 UK time: a working day in the autumn term, with two weeks of term ahead for the
    /// visits the journeys plan. The demo data is dated relative to it.
    public FixedStartClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// The demo's pickup folder: each e-mail Ascent sends is written here as an .eml file.
    public string MailDirectory => Path.Combine(dataDirectory ?? throw new InvalidOperationException("The fixture has not started."), "mail");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}. Run ./test.sh, which installs Debian's chromium package.");

        // Playwright must use the Chromium above and never fetch one of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        dataDirectory = Directory.CreateTempSubdirectory("ascent-e2e-").FullName;

        // Expect(…) waits 5 seconds unless told otherwise: too short for a loaded two-core machine.
        Assertions.SetDefaultExpectTimeout(30_000);

        // Seeding the demo data takes a few seconds; start Chromium meanwhile.
        var server = Task.Run(StartServer);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        await server;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null)
            await factory.DisposeAsync();
        certificate?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (dataDirectory is not null && Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
    }

    /// A fresh browser context (no cookies) with one page, watched for Content Security Policy violations.
    public async Task<BrowserSession> NewSessionAsync(bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            IgnoreHTTPSErrors = true, // the fixture's own self-signed certificate
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        // CI shares two cores with other work (a load average of 15 to 30 is normal there): a page that takes a few
        // seconds to answer is slow, not broken. These limits catch a page that never comes.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        var session = await BrowserSession.StartAsync(context, BaseUrl);
        if (!javaScriptEnabled)
            Accessibility.MarkScriptless(session.Page);
        return session;
    }

    private void StartServer()
    {
        // The certificate is checked by the browser against the real date, so it is made on the real clock.
        certificate = TestCertificate.CreateForLocalhost(TimeProvider.System);
        var settings = new Dictionary<string, string?>
        {
            ["Ascent:DataDirectory"] = dataDirectory,
            ["Ascent:DemoMode"] = "true",
            ["Ascent:Database:Provider"] = "Sqlite",
            ["Ascent:RequireHttps"] = "true", // production's cookies, hence https (see KestrelAscentFactory)
            ["Logging:LogLevel:Default"] = "Warning",
            // Reminders fired by the real clock would add notifications whenever a run crosses 7am.
            ["Ascent:ScheduleReminders"] = "false",
            // Every test signs in; the real limit (10 a minute) is tested by Ascent.Tests, not here.
            ["Ascent:RateLimits:AuthenticationPerMinute"] = "1000",
            // Production's rule: the keys in the database are encrypted with a certificate (docs/adr/0009).
            ["Ascent:DataProtection:CertificatePath"] = Path.Combine(dataDirectory!, "keys.pfx"),
            ["Ascent:DataProtection:CertificatePassword"] = "end-to-end",
        };
        File.WriteAllBytes(settings["Ascent:DataProtection:CertificatePath"]!, certificate.Export(X509ContentType.Pkcs12, "end-to-end"));

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            settings["Ascent:PublicBaseUrl"] = string.Create(CultureInfo.InvariantCulture, $"https://localhost:{port}");
            var candidate = new KestrelAscentFactory(port, certificate, settings, Clock);
            try
            {
                candidate.StartServer();
                factory = candidate;
                BaseUrl = string.Create(CultureInfo.InvariantCulture, $"https://localhost:{port}");
                return;
            }
            catch (Exception e) when (attempt < StartAttempts && IsAddressInUse(e))
            {
                candidate.Dispose();
            }
        }
    }

    private static bool IsAddressInUse(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is IOException { InnerException: SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } }
                or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || e.GetType().Name == "AddressInUseException")
                return true;
        }

        return false;
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<AscentBrowserFixture>
{
    public const string Name = "Browser";
}
