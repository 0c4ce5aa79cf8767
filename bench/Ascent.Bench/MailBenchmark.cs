using System.Diagnostics;
using System.Globalization;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Jobs;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Ascent.Bench;

/// E-mail through Ascent's outbox against MailKit sending the same messages straight to the same SMTP server
/// (Debian's aiosmtpd, discarding what it receives), side by side: the cost of storing each message with its
/// transaction and delivering it with a claim, a send and a record, on PostgreSQL.
public static class MailBenchmark
{
    public static async Task<int> RunAsync(int messages, int runs)
    {
        var temp = Directory.CreateTempSubdirectory("ascent-bench-mail-");
        var port = FreePort();
        using var smtp = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start (apt-get install python3-aiosmtpd).");
        try
        {
            await WaitForPortAsync(port);
            var loadBefore = Machine.LoadAverage();
            await using var server = await PostgresServer.StartAsync();
            var direct = new List<TimeSpan>();
            var outbox = new List<(TimeSpan Queue, TimeSpan Deliver)>();
            for (var run = 1; run <= runs; run++)
            {
                direct.Add(await DirectAsync(port, messages));
                outbox.Add(await OutboxAsync(server, port, messages, Path.Combine(temp.FullName, $"run-{run}"), run));
                Console.Error.WriteLine($"Run {run}/{runs}: MailKit {direct[^1].TotalSeconds:F2} s; outbox queue {outbox[^1].Queue.TotalSeconds:F2} s, delivery {outbox[^1].Deliver.TotalSeconds:F2} s");
            }

            var baseline = Median(direct);
            var table = new MarkdownTable("Way", $"Median of {runs} (s) for {messages} messages", "Messages per second", "Ratio to MailKit");
            table.Add("MailKit, one connection (baseline)", Seconds(baseline), Rate(messages, baseline), "1.00");
            var queue = Median(outbox.Select(o => o.Queue));
            var deliver = Median(outbox.Select(o => o.Deliver));
            table.Add("Ascent outbox: queue (one transaction)", Seconds(queue), Rate(messages, queue), Ratio(baseline, queue));
            table.Add("Ascent outbox: delivery", Seconds(deliver), Rate(messages, deliver), Ratio(baseline, deliver));
            Console.WriteLine(table);
            Console.WriteLine($"Machine: {Machine.Describe()}. Load average (1, 5, 15 min) before: {loadBefore}; after: {Machine.LoadAverage()}.");
            return 0;
        }
        finally
        {
            smtp.Kill();
            temp.Delete(recursive: true);
        }
    }

    private static MimeMessage Message(int i)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ascent", "no-reply@ascent.invalid"));
        message.To.Add(new MailboxAddress("Setting manager", $"manager{i}@example.org"));
        message.Subject = $"Visit planned: Visit 1, Setting {i}";
        message.Body = new TextPart("plain") { Text = "When: 23 November 2026, 10am to 12pm\nWhere: 1 High Street\n\nAgenda:\n1. Ofsted actions\n2. Improvement plan\n" };
        return message;
    }

    private static async Task<TimeSpan> DirectAsync(int port, int messages)
    {
        var clock = Stopwatch.StartNew();
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        for (var i = 0; i < messages; i++)
            await client.SendAsync(Message(i));
        await client.DisconnectAsync(quit: true);
        return clock.Elapsed;
    }

    private static async Task<(TimeSpan, TimeSpan)> OutboxAsync(PostgresServer server, int port, int messages, string dataDirectory, int run)
    {
        await using var app = await AscentHost.StartAsync("Postgres", await server.CreateDatabaseAsync($"mail_{run}"), dataDirectory, new Dictionary<string, string?>
        {
            ["Ascent:Email:Smtp:Host"] = "127.0.0.1",
            ["Ascent:Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Ascent:Email:Smtp:Security"] = "None",
        });
        var clock = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            for (var i = 0; i < messages; i++)
                outbox.Add(Message(i), tenantId: null);
            await scope.ServiceProvider.GetRequiredService<Ascent.Web.Data.AppDbContext>().SaveChangesAsync();
        }

        var queued = clock.Elapsed;
        clock.Restart();
        var sent = await OutboxWorker.RunOnceAsync(app.Services, CancellationToken.None);
        if (sent != messages)
            throw new InvalidOperationException($"The outbox sent {sent} of {messages} messages.");
        return (queued, clock.Elapsed);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture);

    private static string Rate(int messages, TimeSpan t) => (messages / t.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture);

    private static string Ratio(TimeSpan baseline, TimeSpan t) => (baseline.TotalSeconds / t.TotalSeconds).ToString("F2", CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not listen on port {port}.");
    }
}
