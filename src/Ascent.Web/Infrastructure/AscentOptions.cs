namespace Ascent.Web.Infrastructure;

/// Configuration under "Ascent" (environment variables: Ascent__DataDirectory, Ascent__Database__Provider, …).
public sealed class AscentOptions
{
    public const string Section = "Ascent";

    /// Where the SQLite database, demo e-mail and uploads live. Relative paths are under the content root.
    public string DataDirectory { get; set; } = "data";

    /// Seeds a fictional LA with demo users on first run. Never set in production configuration.
    public bool DemoMode { get; set; }

    /// The address users reach Ascent at (e.g. https://ascent.example.gov.uk). Links in e-mails are built from it
    /// alone, never from a request's Host header; required outside Development.
    public string? PublicBaseUrl { get; set; }

    /// Cookies are Secure and "__Host-" prefixed, for HTTPS only. The demo (Development) turns this off so that
    /// `dotnet run` works over plain http on localhost with no certificate.
    public bool RequireHttps { get; set; } = true;

    /// The daily reminders run by themselves: at 7am UK time and shortly after start-up. Turned off only where
    /// something else decides when they run (the tests fire the job themselves, on their own clock).
    public bool ScheduleReminders { get; set; } = true;

    public DatabaseOptions Database { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public ReverseProxyOptions ReverseProxy { get; set; } = new();

    /// Named after the configuration section "Ascent:DataProtection"; not ASP.NET's DataProtectionOptions.
    public KeyProtectionOptions DataProtection { get; set; } = new();

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}

/// The proxies (load balancers, TLS terminators) whose X-Forwarded-For and X-Forwarded-Proto Ascent believes.
/// Loopback is always trusted; every other hop between the browser and Ascent must be listed.
public sealed class ReverseProxyOptions
{
    /// IP addresses, e.g. ["10.0.0.5", "10.0.0.6"].
    public string[] KnownProxies { get; set; } = [];

    /// Networks in CIDR notation, e.g. ["10.0.0.0/24"].
    public string[] KnownNetworks { get; set; } = [];
}

/// What encrypts the data-protection keys Ascent keeps in its database (see docs/adr/0009).
public sealed class KeyProtectionOptions
{
    /// A PKCS#12 (.pfx) file holding a certificate and its private key; required outside Development.
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// Required for PostgreSQL; for SQLite the default is ascent.db in the data directory.
    public string? ConnectionString { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class EmailOptions
{
    public string From { get; set; } = "Ascent <no-reply@ascent.invalid>";

    /// How e-mail leaves Ascent. When not set: SMTP when Smtp:Host is set, otherwise .eml files in a pickup folder.
    public EmailProvider? Provider { get; set; }

    public SmtpOptions? Smtp { get; set; }

    public string? PickupDirectory { get; set; }

    public GovukNotifyOptions? GovukNotify { get; set; }
}

public enum EmailProvider
{
    Smtp,

    /// .eml files in a folder (the demo; any mail program opens them).
    Pickup,

    /// GOV.UK Notify, for UK public bodies that send through it. Plain text only: Notify cannot carry attachments.
    GovukNotify,
}

public sealed class GovukNotifyOptions
{
    /// A Notify API key ("live" to send to anyone, "team" or "test" while trying it out).
    public string ApiKey { get; set; } = "";

    /// An e-mail template whose subject is ((subject)) and whose body is ((body)): Ascent writes both.
    public string TemplateId { get; set; } = "";

    /// Notify's API address; only to be set for a stand-in (tests) or if Notify says so.
    public string? BaseUrl { get; set; }
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// "Auto", "None", "StartTls" or "SslOnConnect" (MailKit's SecureSocketOptions).
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
