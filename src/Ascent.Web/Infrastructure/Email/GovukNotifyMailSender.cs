using MimeKit;
using Notify.Client;

namespace Ascent.Web.Infrastructure.Email;

/// Sends through GOV.UK Notify instead of SMTP (off unless Ascent:Email:Provider is GovukNotify). Notify sends from
/// its own template, so Ascent's subject and plain-text body go in as the template's ((subject)) and ((body)); one
/// request per recipient, since Notify takes one address at a time. Attachments (a visit's calendar file) cannot
/// go through Notify and are left out.
public sealed class GovukNotifyMailSender : IMailSender
{
    private readonly NotificationClient _client;
    private readonly string _templateId;
    private readonly ILogger<GovukNotifyMailSender> _logger;

    public GovukNotifyMailSender(GovukNotifyOptions options, ILogger<GovukNotifyMailSender> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey, "Ascent:Email:GovukNotify:ApiKey");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TemplateId, "Ascent:Email:GovukNotify:TemplateId");
        // The client holds one HttpClient for its lifetime, so one client serves every message.
        _client = string.IsNullOrEmpty(options.BaseUrl) ? new NotificationClient(options.ApiKey) : new NotificationClient(options.BaseUrl, options.ApiKey);
        _templateId = options.TemplateId;
        _logger = logger;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = new Dictionary<string, dynamic>
        {
            ["subject"] = message.Subject ?? "",
            ["body"] = message.TextBody ?? "",
        };
        var attachments = message.Attachments.Count();
        if (attachments > 0)
            _logger.LogWarning("E-mail {Subject} goes through GOV.UK Notify without its {Count} attachment(s)", message.Subject, attachments);
        // A failure part-way through sends the whole message again later, so the recipients before it may get it twice.
        foreach (var recipient in message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _client.SendEmailAsync(recipient.Address, _templateId, personalisation, clientReference: message.MessageId, emailReplyToId: null);
        }

        _logger.LogInformation("Sent e-mail {Subject} through GOV.UK Notify", message.Subject);
    }
}
