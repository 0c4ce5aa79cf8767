using Microsoft.Extensions.Options;
using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

/// Builds Ascent's plain, accessible e-mails and hands them to the configured sender.
public sealed class Mailer(IMailSender sender, IOptions<AscentOptions> options)
{
    public Task SendAsync(string toAddress, string toName, string subject, string body, CancellationToken cancellationToken = default)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.Email.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return sender.SendAsync(message, cancellationToken);
    }
}
