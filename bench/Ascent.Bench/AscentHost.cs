using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ascent.Web.Data;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ascent.Bench;

/// Ascent's services without an HTTP server: the app's own AddAscent() on a given database, migrated as at start-up.
public static class AscentHost
{
    public static async Task<WebApplication> StartAsync(string provider, string? connectionString, string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = dataDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ascent:Database:Provider"] = provider,
            ["Ascent:Database:ConnectionString"] = connectionString,
            ["Ascent:DataDirectory"] = dataDirectory,
            ["Ascent:DemoMode"] = "false",
            // Production refuses to start without these (docs/adr/0009); the bench sends no e-mail and signs nothing.
            ["Ascent:PublicBaseUrl"] = "https://bench.invalid",
            ["Ascent:DataProtection:CertificatePath"] = KeyCertificate(dataDirectory),
            ["Ascent:DataProtection:CertificatePassword"] = CertificatePassword,
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAscent();
        // Production logging writes JSON per event; the bench's own output is the table, so only warnings. EF Core logs
        // an error when it first looks for the migrations history table of a new database: expected, so hidden.
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        var app = builder.Build();
        await DatabaseSetup.PrepareAsync(app.Services);
        return app;
    }

    private const string CertificatePassword = "bench";

    /// A throwaway certificate to encrypt the data-protection keys with, made once per data folder.
    private static string KeyCertificate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "bench-keys.pfx");
        if (!File.Exists(path))
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Ascent bench", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        }

        return path;
    }
}
