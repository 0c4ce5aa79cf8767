using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

public sealed class SmtpMailSender(SmtpOptions options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient();
        var security = Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true);
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Sent e-mail {Subject} to {RecipientCount} recipient(s)", message.Subject, message.To.Count);
    }
}
