using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

/// The boundary to the outside world for e-mail: SMTP in production and tests, a pickup folder in demo mode.
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
