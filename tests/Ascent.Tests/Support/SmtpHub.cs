using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Ascent.Tests.Support;

/// <summary>
/// One Python process (Debian's python3-aiosmtpd) for the whole test run, holding every <see cref="SmtpTestServer"/>:
/// each is its own aiosmtpd listener on its own port writing to its own Maildir, so fixtures never see each other's
/// mail, but the interpreter starts once instead of once per fixture.
/// </summary>
/// <remarks>
/// The process reads "open PORT MAILDIR" and "close PORT" lines and answers each with one line. It exits, deleting
/// the Maildirs' root, when its stdin closes: only this process holds that pipe, so the listeners cannot outlive a
/// test host that died.
/// </remarks>
internal sealed class SmtpHub
{
    // Debian's python: the python3 on PATH may be a pyenv or virtualenv one without aiosmtpd.
    public const string Python = "/usr/bin/python3";

    private const string Script = """
        import os, shutil, sys
        from aiosmtpd.controller import Controller
        from aiosmtpd.handlers import Mailbox
        servers = {}
        for line in sys.stdin:
            command, port, *rest = line.rstrip("\n").split(" ", 2)
            try:
                if command == "open":
                    server = Controller(Mailbox(rest[0]), hostname="127.0.0.1", port=int(port), ready_timeout=30)
                    server.start()
                    servers[port] = server
                else:
                    servers.pop(port).stop()
                print("ok", port, flush=True)
            except BaseException as e:
                print("error", port, repr(e).replace("\n", " "), flush=True)
        shutil.rmtree(os.environ["SMTP_TEST_SERVER_ROOT"], ignore_errors=True)
        os._exit(0)
        """;

    private static readonly Lazy<SmtpHub> Shared = new(() => new SmtpHub());

    private readonly Process process;
    private readonly StringBuilder errors = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> waiting = new();
    private readonly SemaphoreSlim writing = new(1, 1);

    private SmtpHub()
    {
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} not found: install python3-aiosmtpd (apt-get install -y python3-aiosmtpd).");
        RootDirectory = Path.Combine(Path.GetTempPath(), $"ascent-smtp-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(RootDirectory);
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RootDirectory,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        // Settings meant for another Python (pyenv, a virtualenv) would break Debian's.
        start.Environment.Remove("PYTHONHOME");
        start.Environment.Remove("PYTHONPATH");
        start.Environment["SMTP_TEST_SERVER_ROOT"] = RootDirectory;
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python}.");
        process.OutputDataReceived += (_, e) => Answer(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
                errors.AppendLine(e.Data);
        };
        process.Exited += (_, _) => FailAll();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static SmtpHub Instance => Shared.Value;

    /// <summary>Holds one folder per server.</summary>
    public string RootDirectory { get; }

    /// <summary>Starts listening on <paramref name="port"/>; throws with aiosmtpd's error if it cannot.</summary>
    public Task OpenAsync(int port, string maildir) => SendAsync($"open {port} {maildir}", port);

    public Task CloseAsync(int port) => SendAsync($"close {port}", port);

    private async Task SendAsync(string command, int port)
    {
        var key = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.TryAdd(key, answer))
            throw new InvalidOperationException($"Port {port} already has a command waiting.");
        await writing.WaitAsync();
        try
        {
            await process.StandardInput.WriteLineAsync(command);
            await process.StandardInput.FlushAsync();
        }
        finally
        {
            writing.Release();
        }

        if (process.HasExited)
            FailAll();
        var reply = await answer.Task.WaitAsync(TimeSpan.FromSeconds(30));
        if (reply != "ok")
            throw new InvalidOperationException($"The SMTP test server on port {port} failed: {reply}");
    }

    private void Answer(string? line)
    {
        if (line is null)
            return;
        var parts = line.Split(' ', 3);
        if (parts.Length >= 2 && waiting.TryRemove(parts[1], out var answer))
            answer.TrySetResult(parts[0] == "ok" ? "ok" : parts.Length > 2 ? parts[2] : line);
    }

    private void FailAll()
    {
        string output;
        lock (errors)
            output = errors.ToString();
        var hint = output.Contains("No module named 'aiosmtpd'", StringComparison.Ordinal)
            ? $"aiosmtpd is missing for {Python}: install python3-aiosmtpd (apt-get install -y python3-aiosmtpd). "
            : "";
        foreach (var key in waiting.Keys)
        {
            if (waiting.TryRemove(key, out var answer))
                answer.TrySetResult($"{hint}the SMTP test process exited:\n{output}");
        }
    }
}
