using System.Net.Sockets;
using System.Security.Cryptography;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ascent.Tests.Support;

public class SmtpTestServerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task MessageSentWithMailKit_ArrivesWithRecipientsSubjectBodyAndAttachment()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var attachmentBytes = RandomNumberGenerator.GetBytes(20_000);
        var sent = new MimeMessage();
        sent.From.Add(new MailboxAddress("Ascent", "noreply@ascent.test"));
        sent.To.Add(new MailboxAddress("Ada", "ada@example.com"));
        sent.To.Add(MailboxAddress.Parse("bob@example.com"));
        sent.Cc.Add(MailboxAddress.Parse("carol@example.com"));
        sent.Bcc.Add(MailboxAddress.Parse("dave@example.com"));
        sent.Subject = "Grüße: your report is ready ✓";
        var body = new BodyBuilder { TextBody = "Hello Ada,\nsee the attached report – €5.\n" };
        body.Attachments.Add("report.bin", attachmentBytes, new ContentType("application", "octet-stream"));
        sent.Body = body.ToMessageBody();

        await SendAsync(smtp, sent);

        var received = Assert.Single(await smtp.WaitForMessagesAsync(1, Timeout));
        Assert.Equal(sent.Subject, received.Subject);
        Assert.Equal(["ada@example.com", "bob@example.com"], received.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Ada", received.To.Mailboxes.First().Name);
        Assert.Equal(["carol@example.com"], received.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("noreply@ascent.test", Assert.Single(received.From.Mailboxes).Address);
        Assert.Empty(received.Bcc);
        Assert.Equal(
            ["ada@example.com", "bob@example.com", "carol@example.com", "dave@example.com"],
            SmtpTestServer.EnvelopeRecipients(received).Order(StringComparer.Ordinal));
        Assert.NotNull(received.TextBody);
        Assert.Equal("Hello Ada,\nsee the attached report – €5.\n", received.TextBody.ReplaceLineEndings("\n"));

        var attachment = Assert.IsType<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("report.bin", attachment.FileName);
        using var content = new MemoryStream();
        Assert.NotNull(attachment.Content);
        await attachment.Content.DecodeToAsync(content);
        Assert.Equal(attachmentBytes, content.ToArray());
    }

    [Fact]
    public async Task WaitForMessageToAsync_FindsTheMessageForThatAddress_IncludingBcc()
    {
        await using var smtp = await SmtpTestServer.StartAsync();

        await SendAsync(smtp, Message("first", to: "ada@example.com"));
        await SendAsync(smtp, Message("second", to: "bob@example.com", bcc: "eve@example.com"));

        Assert.Equal("second", (await smtp.WaitForMessageToAsync("bob@example.com", Timeout)).Subject);
        Assert.Equal("second", (await smtp.WaitForMessageToAsync("EVE@example.com", Timeout)).Subject);
        Assert.Equal("first", (await smtp.WaitForMessageToAsync("ada@example.com", Timeout)).Subject);
        Assert.Equal(["first", "second"], (await smtp.WaitForMessagesAsync(2, Timeout)).Select(m => m.Subject));
    }

    [Fact]
    public async Task WaitMethods_TimeOut_WhenNothingMatchingArrives()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await SendAsync(smtp, Message("only", to: "ada@example.com"));

        await Assert.ThrowsAsync<TimeoutException>(() => smtp.WaitForMessagesAsync(2, TimeSpan.FromMilliseconds(300)));
        await Assert.ThrowsAsync<TimeoutException>(() => smtp.WaitForMessageToAsync("bob@example.com", TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task DisposeAsync_StopsTheServerAndDeletesTheMaildir()
    {
        var smtp = await SmtpTestServer.StartAsync();
        var maildir = smtp.MaildirPath;

        await smtp.DisposeAsync();

        Assert.False(Directory.Exists(maildir));
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(smtp.Host, smtp.Port));
    }

    private static MimeMessage Message(string subject, string to, string? bcc = null)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = subject } };
        message.From.Add(MailboxAddress.Parse("noreply@ascent.test"));
        message.To.Add(MailboxAddress.Parse(to));
        if (bcc is not null)
        {
            message.Bcc.Add(MailboxAddress.Parse(bcc));
        }

        return message;
    }

    private static async Task SendAsync(SmtpTestServer smtp, MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
