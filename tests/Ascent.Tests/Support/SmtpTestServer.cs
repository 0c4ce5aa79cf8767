using System.Collections.Concurrent;
using System.Diagnostics;
using MimeKit;

namespace Ascent.Tests.Support;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) on a free loopback port. Every message it
/// receives lands in its own Maildir, which the Wait methods read back as <see cref="MimeMessage"/>s.
/// All servers of a test run live in one Python process (<see cref="SmtpHub"/>), each with its own port and Maildir.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private static readonly string[] MaildirFolders = ["new", "cur"];

    private readonly ConcurrentDictionary<string, MimeMessage> parsed = new();
    private readonly string rootDirectory;
    private int disposed;

    private SmtpTestServer(int port)
    {
        Port = port;
        rootDirectory = Path.Combine(SmtpHub.Instance.RootDirectory, Guid.NewGuid().ToString("N")[..8]);
        MaildirPath = Path.Combine(rootDirectory, "Maildir");
        Directory.CreateDirectory(rootDirectory);
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    /// <summary>Where received messages are stored (new/ holds one file per message).</summary>
    public string MaildirPath { get; }

    /// <summary>Starts a server and returns once it accepts connections.</summary>
    public static async Task<SmtpTestServer> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartAsync(FreePort.Next());
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the port after FreePort released it; try another.
            }
        }
    }

    /// <summary>Starts a server on the given port (one Ascent was told about while nothing listened there).</summary>
    public static async Task<SmtpTestServer> StartAsync(int port)
    {
        var server = new SmtpTestServer(port);
        try
        {
            await SmtpHub.Instance.OpenAsync(port, server.MaildirPath);
            return server;
        }
        catch
        {
            Directory.Delete(server.rootDirectory, recursive: true);
            throw;
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived and returns all received so far, oldest first.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout) =>
        PollAsync(
            timeout,
            messages => messages.Count >= count ? messages : null,
            messages => $"Expected {count} message(s) within {timeout}, received {messages.Count}.{Describe(messages)}");

    /// <summary>Waits for the first message whose envelope or To/Cc/Bcc headers name <paramref name="address"/>.</summary>
    public Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan timeout) =>
        PollAsync(
            timeout,
            messages => messages.FirstOrDefault(m => Recipients(m).Contains(address, StringComparer.OrdinalIgnoreCase)),
            messages => $"No message to {address} arrived within {timeout}.{Describe(messages)}");

    /// <summary>Waits for the first message that matches <paramref name="match"/>.</summary>
    public Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, string description, TimeSpan timeout) =>
        PollAsync(
            timeout,
            messages => messages.FirstOrDefault(match),
            messages => $"No message {description} arrived within {timeout}.{Describe(messages)}");

    /// <summary>
    /// The RCPT TO addresses the server received the message for (aiosmtpd records them in X-RcptTo);
    /// unlike the headers these include Bcc recipients.
    /// </summary>
    public static IReadOnlyList<string> EnvelopeRecipients(MimeMessage message) =>
        (message.Headers["X-RcptTo"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await SmtpHub.Instance.CloseAsync(Port);
        if (Directory.Exists(rootDirectory))
        {
            Directory.Delete(rootDirectory, recursive: true);
        }
    }

    private async Task<T> PollAsync<T>(TimeSpan timeout, Func<IReadOnlyList<MimeMessage>, T?> until, Func<IReadOnlyList<MimeMessage>, string> describeTimeout)
        where T : class
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var messages = await ReadMessagesAsync();
            if (until(messages) is { } result)
            {
                return result;
            }

            if (stopwatch.Elapsed >= timeout)
            {
                throw new TimeoutException(describeTimeout(messages));
            }

            await Task.Delay(PollInterval);
        }
    }

    private async Task<IReadOnlyList<MimeMessage>> ReadMessagesAsync()
    {
        // aiosmtpd writes each message to tmp/ and renames it into new/, so files there are complete.
        var files = MaildirFolders
            .Select(folder => Path.Combine(MaildirPath, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => new DirectoryInfo(folder).EnumerateFiles())
            .OrderBy(file => file.LastWriteTimeUtc)
            .ThenBy(file => file.Name, StringComparer.Ordinal);
        var messages = new List<MimeMessage>();
        foreach (var file in files)
        {
            // A mail client moving a message to cur/ appends ":2,flags" to its name.
            var key = file.Name.Split(':')[0];
            if (!parsed.TryGetValue(key, out var message))
            {
                message = await MimeMessage.LoadAsync(file.FullName);
                parsed[key] = message;
            }

            messages.Add(message);
        }

        return messages;
    }

    private static IEnumerable<string> Recipients(MimeMessage message) =>
        EnvelopeRecipients(message).Concat(
            message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(m => m.Address));

    private static string Describe(IReadOnlyList<MimeMessage> messages) =>
        string.Concat(messages.Select(m => $"\n  \"{m.Subject}\" to {string.Join(", ", Recipients(m).Distinct(StringComparer.OrdinalIgnoreCase))}"));
}
