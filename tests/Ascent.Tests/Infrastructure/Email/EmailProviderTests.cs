using Ascent.Tests.Support;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Infrastructure.Email;

/// Which way e-mail leaves Ascent, from its configuration: the current behaviour unless GOV.UK Notify is chosen.
public sealed class EmailProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ascent-email-").FullName;

    private IMailSender SenderFor(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ApplicationName = typeof(Program).Assembly.GetName().Name });
        // Outside Development Ascent needs its public address and the certificate for its keys (docs/adr/0009).
        builder.Configuration.AddInMemoryCollection([
            new("Ascent:DataDirectory", _folder),
            new("Ascent:PublicBaseUrl", "https://localhost"),
            new("Ascent:DataProtection:CertificatePath", KeyCertificate.Path),
            new("Ascent:DataProtection:CertificatePassword", KeyCertificate.Password),
            .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]);
        builder.AddAscent();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IMailSender>();
    }

    [Fact]
    public void WithNoMailServer_EmailIsWrittenToThePickupFolder() =>
        Assert.IsType<PickupDirectoryMailSender>(SenderFor());

    [Fact]
    public void WithAnSmtpHost_EmailGoesBySmtp() =>
        Assert.IsType<SmtpMailSender>(SenderFor(("Ascent:Email:Smtp:Host", "smtp.example.test")));

    [Fact]
    public void GovukNotify_IsUsedOnlyWhenChosen() =>
        Assert.IsType<GovukNotifyMailSender>(SenderFor(
            ("Ascent:Email:Smtp:Host", "smtp.example.test"),
            ("Ascent:Email:Provider", "GovukNotify"),
            ("Ascent:Email:GovukNotify:ApiKey", $"ascent_test-{Guid.NewGuid()}-{Guid.NewGuid()}"),
            ("Ascent:Email:GovukNotify:TemplateId", Guid.NewGuid().ToString())));

    [Fact]
    public void GovukNotify_WithoutItsKey_StopsStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SenderFor(("Ascent:Email:Provider", "GovukNotify")));
        Assert.Contains("Ascent:Email:GovukNotify:ApiKey", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
