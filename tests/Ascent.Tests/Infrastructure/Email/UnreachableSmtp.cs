using Ascent.Tests.Support;

namespace Ascent.Tests.Infrastructure.Email;

/// Ascent told to send to a loopback port where no mail server listens (yet): the mail server is down.
/// StartMailServerAsync brings one up on that port.
public interface IUnreachableSmtp
{
    int MailPort { get; }
}

public sealed class UnreachableSmtpOnSqlite : SqliteFixture, IUnreachableSmtp
{
    public int MailPort { get; } = FreePort.Next();

    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Ascent:Email:Smtp:Port"] = MailPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class UnreachableSmtpOnPostgres : PostgresFixture, IUnreachableSmtp
{
    public int MailPort { get; } = FreePort.Next();

    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Ascent:Email:Smtp:Port"] = MailPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
