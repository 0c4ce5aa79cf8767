using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Ascent.Tests.Support;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) on a free loopback port. Every message it
/// receives lands in its own Maildir, which the Wait methods read back as <see cref="MimeMessage"/>s.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    // Debian's python: the python3 on PATH may be a pyenv or virtualenv one without aiosmtpd.
    private const string Python = "/usr/bin/python3";

    // Same as `python3 -m aiosmtpd …`, but exits (and deletes its folder) when stdin closes. Only
    // this process writes to that pipe, so the server cannot outlive a test host that died before
    // disposing it.
    private const string Launcher = """
        import os, shutil, sys, threading
        def exit_when_stdin_closes():
            while os.read(0, 4096):
                pass
            shutil.rmtree(os.environ["SMTP_TEST_SERVER_ROOT"], ignore_errors=True)
            os._exit(0)
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
        from aiosmtpd.main import main
        main(sys.argv[1:])
        """;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private static readonly string[] MaildirFolders = ["new", "cur"];

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly ConcurrentDictionary<string, MimeMessage> parsed = new();
    private readonly string rootDirectory;
    private int disposed;

    private SmtpTestServer(int port)
    {
        Port = port;
        rootDirectory = Path.Combine(Path.GetTempPath(), "ascent-smtp-" + Guid.NewGuid().ToString("N")[..8]);
        MaildirPath = Path.Combine(rootDirectory, "Maildir");
        Directory.CreateDirectory(rootDirectory);

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = rootDirectory,
        };
        foreach (var argument in new[] { "-c", Launcher, "-n", "-l", $"{Host}:{port}", "-c", "aiosmtpd.handlers.Mailbox", MaildirPath })
        {
            start.ArgumentList.Add(argument);
        }

        // Settings meant for another Python (pyenv, a virtualenv) would break Debian's.
        start.Environment.Remove("PYTHONHOME");
        start.Environment.Remove("PYTHONPATH");
        start.Environment["SMTP_TEST_SERVER_ROOT"] = rootDirectory;

        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python}.");
        process.OutputDataReceived += AppendOutput;
        process.ErrorDataReceived += AppendOutput;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    /// <summary>Where received messages are stored (new/ holds one file per message).</summary>
    public string MaildirPath { get; }

    /// <summary>Starts a server and returns once it accepts connections.</summary>
    public static async Task<SmtpTestServer> StartAsync()
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} not found: install python3-aiosmtpd (apt-get install -y python3-aiosmtpd).");
        }

        for (var attempt = 1; ; attempt++)
        {
            var server = new SmtpTestServer(FreePort.Next());
            try
            {
                await server.WaitUntilListeningAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the port after FreePort released it; try another.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts a server on the given port (one Ascent was told about while nothing listened there).</summary>
    public static async Task<SmtpTestServer> StartAsync(int port)
    {
        var server = new SmtpTestServer(port);
        try
        {
            await server.WaitUntilListeningAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
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

        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await process.WaitForExitAsync();
        process.Dispose();
        if (Directory.Exists(rootDirectory))
        {
            Directory.Delete(rootDirectory, recursive: true);
        }
    }

    private string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private void AppendOutput(object sender, DataReceivedEventArgs e)
    {
        lock (output)
        {
            output.AppendLine(e.Data);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                // Waiting again lets the redirected output drain before it goes into the message.
                await process.WaitForExitAsync();
                var hint = Output.Contains("No module named 'aiosmtpd'", StringComparison.Ordinal)
                    ? $"aiosmtpd is missing for {Python}: install python3-aiosmtpd (apt-get install -y python3-aiosmtpd). "
                    : "";
                throw new InvalidOperationException($"{hint}The SMTP test server exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException) when (stopwatch.Elapsed < StartTimeout)
            {
                await Task.Delay(PollInterval);
            }
            catch (SocketException e)
            {
                throw new TimeoutException($"The SMTP test server did not accept connections on port {Port} within {StartTimeout}:\n{Output}", e);
            }
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
