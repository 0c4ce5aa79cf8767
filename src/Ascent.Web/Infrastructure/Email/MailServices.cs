using Ascent.Web.Jobs;

namespace Ascent.Web.Infrastructure.Email;

public static class MailServices
{
    public static void AddAscentMail(this IServiceCollection services, AscentOptions options, string dataDirectory)
    {
        var email = options.Email;
        var provider = email.Provider ?? (email.Smtp is { Host.Length: > 0 } ? EmailProvider.Smtp : EmailProvider.Pickup);
        switch (provider)
        {
            case EmailProvider.Smtp:
                var smtp = email.Smtp is { Host.Length: > 0 } configured ? configured
                    : throw new InvalidOperationException("Set Ascent:Email:Smtp:Host to send e-mail by SMTP.");
                services.AddSingleton<IMailSender>(sp => new SmtpMailSender(smtp, sp.GetRequiredService<ILogger<SmtpMailSender>>()));
                break;
            case EmailProvider.GovukNotify:
                var notify = email.GovukNotify is { ApiKey.Length: > 0, TemplateId.Length: > 0 } notifyOptions ? notifyOptions
                    : throw new InvalidOperationException("Set Ascent:Email:GovukNotify:ApiKey and TemplateId to send e-mail through GOV.UK Notify.");
                services.AddSingleton<IMailSender>(sp => new GovukNotifyMailSender(notify, sp.GetRequiredService<ILogger<GovukNotifyMailSender>>()));
                break;
            default:
                var pickup = email.PickupDirectory ?? Path.Combine(dataDirectory, "mail");
                services.AddSingleton<IMailSender>(sp => new PickupDirectoryMailSender(pickup, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PickupDirectoryMailSender>>()));
                break;
        }

        services.AddScoped<Outbox>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddSingleton<OutboxWakeInterceptor>();
    }
}
