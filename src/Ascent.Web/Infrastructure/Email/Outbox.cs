using Ascent.Web.Data;
using Ascent.Web.Domain.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

/// Puts e-mail in the outbox of the caller's unit of work: nothing is sent until the caller saves, and then the
/// delivery worker sends it. This is the only way Ascent sends e-mail.
public sealed class Outbox(AppDbContext db, TimeProvider time, IOptions<AscentOptions> options)
{
    /// A message from Ascent's configured sender address, to be filled in and queued.
    public MimeMessage NewMessage()
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.Email.From));
        return message;
    }

    /// Confidential: the message carries a secret for its recipient alone (see OutboxMessage.Confidential).
    public OutboxMessage Add(MimeMessage message, int? tenantId, bool confidential = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.From.Count == 0)
            message.From.Add(MailboxAddress.Parse(options.Value.Email.From));
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        var recipients = string.Join(", ", message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address));
        var queued = new OutboxMessage(tenantId, message.Subject ?? "", recipients, stream.ToArray(), time.GetUtcNow(), confidential);
        db.OutboxMessages.Add(queued);
        return queued;
    }

    /// A plain-text message to one person.
    public OutboxMessage Add(int? tenantId, string toAddress, string toName, string subject, string body, bool confidential = false)
    {
        var message = NewMessage();
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return Add(message, tenantId, confidential);
    }
}
