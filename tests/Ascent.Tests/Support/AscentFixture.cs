using Ascent.Web.Data;
using Ascent.Web.Domain.Email;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ascent.Tests.Support;

/// One running Ascent with its own database, its own SMTP server and the TestWorld in it. Each test class gets
/// one (IClassFixture), so classes run in parallel without sharing data. Subclasses pick the database, which starts
/// as a copy of a template (TemplateDatabase): migrated, with the TestWorld in it.
public abstract class AscentFixture : IAsyncLifetime
{
    private AscentFactory? _factory;

    public abstract string ProviderName { get; }

    /// Every fixture's clock starts at the same fixed instant, never at the real date, so no test depends on the day
    /// it runs: Monday 23 November 2026, 09:00 UK time, a working day in the autumn term. It only moves forward; a
    /// test that needs another date sets a later one (or owns its fixture).
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public SmtpTestServer Smtp { get; private set; } = null!;

    public TestWorld World { get; } = new();

    public AscentFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    /// The configuration Ascent was started with, for a test that starts a second node on the same database.
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    /// Sign-in and reset forms are rate limited; most tests need room, the rate-limit test does not.
    protected virtual int AuthenticationPerMinute => 10_000;

    /// A demo fixture starts on an empty database and Ascent seeds its demo data; every other one starts with the
    /// TestWorld already in its database (TemplateDatabase).
    protected virtual bool DemoMode => false;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        var settings = BaseSettings(Smtp);
        settings["Ascent:DemoMode"] = DemoMode ? "true" : "false";
        settings["Ascent:RateLimits:AuthenticationPerMinute"] = AuthenticationPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ConfigureDatabaseAsync(settings);
        Configure(settings);
        Settings = settings;
        _factory = new AscentFactory(settings, Time);
        _ = _factory.Server; // starts the host; the database it finds is already migrated
    }

    /// Ascent's settings for a test host, before the database and any fixture's own changes.
    internal static Dictionary<string, string?> BaseSettings(SmtpTestServer smtp) => new()
    {
        ["Ascent:DemoMode"] = "false",
        // Tests fire the reminders job themselves, on the fixture's clock: Quartz's own triggers would fire it by the
        // real clock, whenever the run happens to cross 7am or a fixture outlives its first two minutes.
        ["Ascent:ScheduleReminders"] = "false",
        ["Ascent:RateLimits:AuthenticationPerMinute"] = "10000",
        ["Ascent:RateLimits:SharedLinksPerMinute"] = "10000",
        ["Ascent:Email:Smtp:Host"] = smtp.Host,
        ["Ascent:Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ascent:Email:Smtp:Security"] = "None",
        ["Ascent:PublicBaseUrl"] = "https://localhost",
        ["Ascent:DataProtection:CertificatePath"] = KeyCertificate.Path,
        ["Ascent:DataProtection:CertificatePassword"] = KeyCertificate.Password,
    };

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    public Browser NewBrowser() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }), this);

    /// A scope acting as the system, for arranging and checking data behind the pages' backs.
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Test");
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    /// Waits until the outbox worker has made its attempt at every message that was waiting for its first one, so
    /// that whatever the mail server accepted is in its mailbox.
    public async Task WaitForOutboxAsync(TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await WithDbAsync((db, _) => db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending && m.Attempts == 0)))
        {
            if (waited.Elapsed > (timeout ?? TimeSpan.FromSeconds(15)))
                throw new TimeoutException("The outbox still has messages waiting for their first attempt.");
            await Task.Delay(50);
        }
    }

    protected abstract Task ConfigureDatabaseAsync(Dictionary<string, string?> settings);

    /// For a fixture that needs Ascent configured differently; called after the defaults are set.
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }
}

public class SqliteFixture : AscentFixture
{
    private string? _folder;

    public override string ProviderName => "SQLite";

    protected override Task ConfigureDatabaseAsync(Dictionary<string, string?> settings)
    {
        _folder = Directory.CreateTempSubdirectory("ascent-test-").FullName;
        settings["Ascent:DataDirectory"] = _folder;
        settings["Ascent:Database:Provider"] = "Sqlite";
        return TemplateDatabase.CopySqliteToAsync(Path.Combine(_folder, "ascent.db"), DemoMode ? null : World);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
    }
}

public class PostgresFixture : AscentFixture
{
    private string? _folder;

    public override string ProviderName => "PostgreSQL";

    protected override async Task ConfigureDatabaseAsync(Dictionary<string, string?> settings)
    {
        _folder = Directory.CreateTempSubdirectory("ascent-test-").FullName;
        settings["Ascent:DataDirectory"] = _folder;
        settings["Ascent:Database:Provider"] = "Postgres";
        settings["Ascent:Database:ConnectionString"] = await TemplateDatabase.ClonePostgresAsync(DemoMode ? null : World);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
    }
}
