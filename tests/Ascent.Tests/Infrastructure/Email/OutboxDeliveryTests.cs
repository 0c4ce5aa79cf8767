using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Email;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Ascent.Tests.Infrastructure.Email;

/// E-mail goes through the outbox to the fixture's real SMTP server: queued with the change that produced it,
/// delivered by the worker as soon as that change commits.
public abstract class OutboxDeliveryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(15);

    private Task<long> QueueAsync(int? tenantId, string to, string subject, bool confidential = false) =>
        app.WithDbAsync(async (db, services) =>
        {
            var message = services.GetRequiredService<Outbox>().Add(tenantId, to, "Someone", subject, "Hello.", confidential);
            await db.SaveChangesAsync();
            return message.Id;
        });

    private Task<OutboxMessage> MessageAsync(long id) =>
        app.WithDbAsync((db, _) => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task AMessageQueuedInATransactionThatRollsBack_IsNeverSent()
    {
        await app.WithDbAsync(async (db, services) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            services.GetRequiredService<Outbox>().Add(app.World.TenantAId, "rolled.back@example.test", "Rolled Back", "Never sent", "Hello.");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return true;
        });
        // A message committed afterwards arrives, so the worker has been round since.
        await QueueAsync(app.World.TenantAId, "after.rollback@example.test", "Sent after the rollback");
        await app.Smtp.WaitForMessageToAsync("after.rollback@example.test", MailWait);

        var received = await app.Smtp.WaitForMessagesAsync(0, TimeSpan.Zero);
        Assert.DoesNotContain(received, m => m.Subject == "Never sent");
        Assert.False(await app.WithDbAsync((db, _) => db.OutboxMessages.AnyAsync(m => m.Subject == "Never sent")));
    }

    [Fact]
    public async Task ACommittedMessage_ArrivesWithItsRecipientsSubjectAndAttachment_AndIsMarkedSent()
    {
        var id = await app.WithDbAsync(async (db, services) =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            var message = outbox.NewMessage();
            message.To.Add(new MailboxAddress("Vera Visitor", "vera@example.test"));
            message.To.Add(new MailboxAddress("Manny Manager", "manny@example.test"));
            message.Cc.Add(new MailboxAddress("Ada Admin", "ada@example.test"));
            message.Subject = "Visit on 12 March";
            var body = new BodyBuilder { TextBody = "Your visit is booked." };
            body.Attachments.Add("visit.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray(), new ContentType("text", "calendar"));
            message.Body = body.ToMessageBody();
            var queued = outbox.Add(message, app.World.TenantAId);
            await db.SaveChangesAsync();
            return queued.Id;
        });

        var received = await app.Smtp.WaitForMessageToAsync("manny@example.test", MailWait);
        Assert.Equal("Visit on 12 March", received.Subject);
        Assert.Equal(["vera@example.test", "manny@example.test", "ada@example.test"], SmtpTestServer.EnvelopeRecipients(received));
        Assert.Equal("Your visit is booked.", received.TextBody?.Trim());
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("visit.ics", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal("BEGIN:VCALENDAR\nEND:VCALENDAR\n", System.Text.Encoding.UTF8.GetString(content.ToArray()).ReplaceLineEndings("\n"));

        await app.WaitForOutboxAsync();
        var sent = await MessageAsync(id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(1, sent.Attempts);
        Assert.Equal(app.Time.GetUtcNow(), sent.SentAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal("vera@example.test, manny@example.test, ada@example.test", sent.Recipients);
    }

    [Fact]
    public async Task SeveralWorkersAtOnce_SendEachMessageOnce()
    {
        string[] addresses = [.. Enumerable.Range(1, 6).Select(i => $"crowd{i}@example.test")];
        await app.WithDbAsync(async (db, services) =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            foreach (var address in addresses)
                outbox.Add(app.World.TenantAId, address, "One of a crowd", "Once only", "Hello.");
            await db.SaveChangesAsync();
            return true;
        });
        // The app's own worker is woken by that save; these passes stand for other instances of Ascent.
        var passes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => OutboxWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None)));
        await app.WaitForOutboxAsync();

        var received = (await app.Smtp.WaitForMessagesAsync(0, TimeSpan.Zero)).Where(m => m.Subject == "Once only").ToList();
        Assert.Equal(addresses.Order(), received.SelectMany(SmtpTestServer.EnvelopeRecipients).Order());
        Assert.InRange(passes.Sum(), 0, addresses.Length);
    }

    [Fact]
    public async Task TheOutboxPage_ListsTheLocalAuthoritysMessages_AndDownloadsThemButNotConfidentialOnes()
    {
        var plain = await QueueAsync(app.World.TenantAId, "plain@example.test", "Notes of visit ready");
        var secret = await QueueAsync(app.World.TenantAId, "secret@example.test", "Reset your password", confidential: true);
        await app.WaitForOutboxAsync();

        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var list = await browser.GetAsync("/outbox");
        Assert.Equal("E-mail outbox", list.Heading);
        Assert.Contains("Notes of visit ready", list.Text, StringComparison.Ordinal);
        Assert.Contains("Reset your password", list.Text, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector(".govuk-notification-banner"));
        // The outbox is one of the Manage pages, so the menu marks Manage as where the administrator is.
        Assert.Equal("/manage", list.Document.QuerySelector(".govuk-service-navigation__link[aria-current=page]")?.GetAttribute("href"));

        var details = await browser.GetAsync($"/outbox/{plain}");
        Assert.Equal("Notes of visit ready", details.Heading);
        var download = await browser.Client.GetAsync($"/outbox/{plain}?handler=Download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("message/rfc822", download.Content.Headers.ContentType?.MediaType);
        using var eml = await MimeMessage.LoadAsync(await download.Content.ReadAsStreamAsync());
        Assert.Equal("Notes of visit ready", eml.Subject);

        var secretDetails = await browser.GetAsync($"/outbox/{secret}");
        Assert.Contains("cannot be downloaded", secretDetails.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/outbox/{secret}?handler=Download")).StatusCode);
    }

    [Theory]
    [InlineData(TestWorld.AdviserA)]
    [InlineData(TestWorld.OwnerA1)]
    public async Task TheOutboxPage_IsForAdministratorsOnly(string email)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email);
        var page = await browser.GetAsync("/outbox", follow: false);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/access-denied", page.Location, StringComparison.Ordinal);
    }
}

public sealed class OutboxDeliveryTestsOnSqlite(SqliteFixture app) : OutboxDeliveryTests<SqliteFixture>(app);

public sealed class OutboxDeliveryTestsOnPostgres(PostgresFixture app) : OutboxDeliveryTests<PostgresFixture>(app);
