using System.Diagnostics;
using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Email;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Infrastructure.Email;

/// The mail server is down when the message is queued: it waits, retried with back-off, and goes when the server
/// is back. Each class owns its fixture, since each moves the clock and brings the server up on the dead port.
public abstract class OutboxRetryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture, IUnreachableSmtp
{
    [Fact]
    public async Task WhileTheMailServerIsDown_AMessageWaitsWithItsError_AndGoesWhenTheServerIsBack()
    {
        var id = await OutboxTesting.QueueAsync(app, app.World.TenantAId, "patient@example.test", "Sent in the end");
        var waiting = await OutboxTesting.WaitForAttemptsAsync(app, id, 1);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.False(string.IsNullOrWhiteSpace(waiting.LastError));
        Assert.Equal(app.Time.GetUtcNow() + TimeSpan.FromMinutes(1), waiting.NextAttemptAt, TimeSpan.FromMilliseconds(1));

        // Not before its time, even if asked.
        Assert.Equal(0, await OutboxWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None));
        Assert.Equal(1, (await OutboxTesting.MessageAsync(app, id)).Attempts);

        await using var server = await SmtpTestServer.StartAsync(app.MailPort);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await OutboxWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);

        var received = await server.WaitForMessageToAsync("patient@example.test", OutboxTesting.MailWait);
        Assert.Equal("Sent in the end", received.Subject);
        var sent = await OutboxTesting.WaitForAttemptsAsync(app, id, 2);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Null(sent.LastError);
    }
}

public sealed class OutboxRetryTestsOnSqlite(UnreachableSmtpOnSqlite app) : OutboxRetryTests<UnreachableSmtpOnSqlite>(app);

public sealed class OutboxRetryTestsOnPostgres(UnreachableSmtpOnPostgres app) : OutboxRetryTests<UnreachableSmtpOnPostgres>(app);

/// The mail server stays down through every attempt: the message fails, its LA's administrators see it (and
/// nobody else's), and "Try again now" sends it once the server is back.
public abstract class OutboxFailureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture, IUnreachableSmtp
{
    [Fact]
    public async Task AfterItsLastAttempt_AMessageFails_IsShownToItsAdministratorsOnly_AndCanBeTriedAgain()
    {
        var id = await OutboxTesting.QueueAsync(app, app.World.TenantAId, "unlucky@example.test", "Failed in the end");
        var message = await OutboxTesting.WaitForAttemptsAsync(app, id, 1);
        var started = app.Time.GetUtcNow();
        while (message.Status == OutboxStatus.Pending)
        {
            Assert.InRange(message.Attempts, 1, OutboxRetry.MaxAttempts - 1);
            app.Time.Advance(message.NextAttemptAt - app.Time.GetUtcNow());
            await OutboxWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
            message = await OutboxTesting.WaitForAttemptsAsync(app, id, message.Attempts + 1);
        }

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(OutboxRetry.MaxAttempts, message.Attempts);
        Assert.Equal(TimeSpan.FromMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60 + 60 + 60).TotalSeconds, (app.Time.GetUtcNow() - started).TotalSeconds, precision: 2);

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var list = await admin.GetAsync("/outbox");
        Assert.Equal("1 e-mail could not be sent", list.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Failed in the end", StringComparison.Ordinal));
        Assert.Equal("Failed", row.QuerySelector(".govuk-tag--red")?.TextContent.Trim());
        var error = message.LastError!;
        Assert.Contains(error[..Math.Min(40, error.Length)], row.TextContent, StringComparison.Ordinal);

        using var otherAdmin = app.NewBrowser();
        await otherAdmin.SignInAsync(TestWorld.AdminB);
        var otherList = await otherAdmin.GetAsync("/outbox");
        Assert.DoesNotContain("Failed in the end", otherList.Text, StringComparison.Ordinal);
        Assert.Null(otherList.Document.QuerySelector(".govuk-notification-banner"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/outbox/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.Client.GetAsync($"/outbox/{id}?handler=Download")).StatusCode);
        var token = otherList.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var retried = await otherAdmin.PostAsync("/outbox?handler=Retry", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, retried.Status);
        Assert.Equal(OutboxStatus.Failed, (await OutboxTesting.MessageAsync(app, id)).Status);

        using var systemAdmin = app.NewBrowser();
        await systemAdmin.SignInAsync(TestWorld.SystemAdmin);
        Assert.Contains("Failed in the end", (await systemAdmin.GetAsync("/outbox")).Text, StringComparison.Ordinal);

        await using var server = await SmtpTestServer.StartAsync(app.MailPort);
        var details = await admin.GetAsync($"/outbox/{id}");
        var after = await admin.SubmitAsync(details, formSelector: "main form[action='/outbox?handler=Retry']");
        Assert.Equal("/outbox?p=1", after.Url);
        Assert.Contains("is being sent again", after.Text, StringComparison.Ordinal);
        await server.WaitForMessageToAsync("unlucky@example.test", OutboxTesting.MailWait);
        var sent = await OutboxTesting.WaitForAttemptsAsync(app, id, OutboxRetry.MaxAttempts + 1);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
    }
}

public sealed class OutboxFailureTestsOnSqlite(UnreachableSmtpOnSqlite app) : OutboxFailureTests<UnreachableSmtpOnSqlite>(app);

public sealed class OutboxFailureTestsOnPostgres(UnreachableSmtpOnPostgres app) : OutboxFailureTests<UnreachableSmtpOnPostgres>(app);

internal static class OutboxTesting
{
    public static readonly TimeSpan MailWait = TimeSpan.FromSeconds(15);

    public static Task<long> QueueAsync(AscentFixture app, int tenantId, string to, string subject) =>
        app.WithDbAsync(async (db, services) =>
        {
            var message = services.GetRequiredService<Outbox>().Add(tenantId, to, "Someone", subject, "Hello.");
            await db.SaveChangesAsync();
            return message.Id;
        });

    public static Task<OutboxMessage> MessageAsync(AscentFixture app, long id) =>
        app.WithDbAsync((db, _) => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// The worker records each attempt when it ends; this waits for the given number to be recorded.
    public static async Task<OutboxMessage> WaitForAttemptsAsync(AscentFixture app, long id, int attempts)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var message = await MessageAsync(app, id);
            if (message.Attempts >= attempts)
                return message;
            if (waited.Elapsed > MailWait)
                throw new TimeoutException($"Message {id} had {message.Attempts} attempt(s), not {attempts}: {message.LastError}");
            await Task.Delay(50);
        }
    }
}
