using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.EndToEndTests.Support;

/// Ascent on real Kestrel at https://localhost:PORT (not TestServer), so a real browser can reach it. It is https
/// because the tests keep Ascent:RequireHttps on, as in production: Secure "__Host-" cookies, and an antiforgery
/// cookie whose SecurePolicy is Always, so ASP.NET Core refuses to render any form on a plain-http request.
public sealed class KestrelAscentFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly TimeProvider clock;

    public KestrelAscentFactory(int port, X509Certificate2 certificate, IReadOnlyDictionary<string, string?> settings, TimeProvider clock)
    {
        this.settings = settings;
        this.clock = clock;
        Port = port;
        UseKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.UseHttps(certificate)));
    }

    public int Port { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton(clock));
    }
}
