using Ascent.Web.Data;
using Ascent.Web.Domain.Email;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ascent.Tests.Support;

/// One running Ascent with its own database, its own SMTP server and the TestWorld in it. Each test class gets
/// one (IClassFixture), so classes run in parallel without sharing data. Subclasses pick the database, which starts
/// as a copy of the migrated template (TemplateDatabase).
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

    protected virtual bool DemoMode => false;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Ascent:DemoMode"] = DemoMode ? "true" : "false",
            ["Ascent:RateLimits:AuthenticationPerMinute"] = AuthenticationPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ascent:RateLimits:SharedLinksPerMinute"] = "10000",
            ["Ascent:Email:Smtp:Host"] = Smtp.Host,
            ["Ascent:Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ascent:Email:Smtp:Security"] = "None",
            ["Ascent:PublicBaseUrl"] = "https://localhost",
            ["Ascent:DataProtection:CertificatePath"] = KeyCertificate.Path,
            ["Ascent:DataProtection:CertificatePassword"] = KeyCertificate.Password,
        };
        await ConfigureDatabaseAsync(settings);
        Configure(settings);
        Settings = settings;
        _factory = new AscentFactory(settings, Time);
        _ = _factory.Server; // starts the host, which migrates the database
        if (!DemoMode)
            await SeedWorldAsync();
    }

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

    private Task SeedWorldAsync() => WithDbAsync<bool>(async (db, services) =>
    {
        var a = new Tenant(TestWorld.TenantA, TenantKind.LocalAuthority, "England") { RegisterName = "Ashdown" };
        var b = new Tenant(TestWorld.TenantB, TenantKind.LocalAuthority, "England") { RegisterName = "Brightwater" };
        db.Tenants.AddRange(a, b);
        await db.SaveChangesAsync();
        var a1 = new Setting(a.Id, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 3, 1)) { Postcode = "AS1 1AA" };
        var a2 = new Setting(a.Id, "EY100002", "Bramble Pre-school", "Childcare on non-domestic premises", new DateOnly(2016, 4, 1)) { Postcode = "AS2 2BB" };
        var b1 = new Setting(b.Id, "EY200001", "Cedar Nursery", "Childcare on non-domestic premises", new DateOnly(2017, 5, 1)) { Postcode = "BR1 1CC" };
        a1.Inspections.Add(new Inspection(a1, "10000001", new DateOnly(2023, 6, 1), "Full inspection", "ofsted-eif-2019", "2"));
        b1.Inspections.Add(new Inspection(b1, "20000001", new DateOnly(2024, 2, 1), "Full inspection", "ofsted-eif-2019", "3"));
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        a1.RefreshLatestInspection(frameworks);
        b1.RefreshLatestInspection(frameworks);
        db.Settings.AddRange(a1, a2, b1);
        await db.SaveChangesAsync();
        (World.TenantAId, World.TenantBId, World.SettingA1Id, World.SettingA2Id, World.SettingB1Id) = (a.Id, b.Id, a1.Id, a2.Id, b1.Id);

        var users = services.GetRequiredService<UserManager<AppUser>>();
        async Task AddAsync(string email, string name, string role, int? tenant, int? setting, bool twoFactor)
        {
            var user = new AppUser(email, name, tenant, setting) { EmailConfirmed = true };
            Check(await users.CreateAsync(user, TestWorld.Password));
            Check(await users.AddToRoleAsync(user, role));
            World.UserIds[email] = user.Id;
            if (twoFactor)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                World.AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
        }

        await AddAsync(TestWorld.AdminA, "Ada Admin", Roles.LaAdministrator, a.Id, null, true);
        await AddAsync(TestWorld.AdviserA, "Ari Adviser", Roles.ImprovementAdviser, a.Id, null, true);
        await AddAsync(TestWorld.SeniorA, "Sol Senior", Roles.SeniorImprovementAdviser, a.Id, null, true);
        await AddAsync(TestWorld.AdviserWithoutTwoFactorA, "Nell Newcomer", Roles.ImprovementAdviser, a.Id, null, false);
        await AddAsync(TestWorld.OwnerA1, "Olu Owner", Roles.SettingOwner, a.Id, a1.Id, false);
        await AddAsync(TestWorld.PractitionerA1, "Pat Practitioner", Roles.Practitioner, a.Id, a1.Id, false);
        await AddAsync(TestWorld.OwnerA2, "Oona Owner", Roles.SettingOwner, a.Id, a2.Id, false);
        await AddAsync(TestWorld.AdminB, "Bea Admin", Roles.LaAdministrator, b.Id, null, true);
        await AddAsync(TestWorld.SystemAdmin, "Sid Sysadmin", Roles.SystemAdministrator, null, null, true);
        return true;
    });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
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
        return TemplateDatabase.CopySqliteToAsync(Path.Combine(_folder, "ascent.db"));
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
        settings["Ascent:Database:ConnectionString"] = await TemplateDatabase.ClonePostgresAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_folder is not null)
            Directory.Delete(_folder, recursive: true);
    }
}
