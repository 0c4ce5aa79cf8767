using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

/// Demo mode has no mail server: messages are written as .eml files that any mail program opens.
public sealed class PickupDirectoryMailSender(string directory, TimeProvider time, ILogger<PickupDirectoryMailSender> logger) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(directory, name);
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("E-mail {Subject} written to {Path}", message.Subject, path);
    }
}
