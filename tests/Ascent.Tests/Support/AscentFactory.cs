using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ascent.Tests.Support;

/// Ascent in-process, on the database and SMTP server a fixture gives it, with a clock the tests control.
public sealed class AscentFactory(IReadOnlyDictionary<string, string?> settings, TimeProvider time) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(time);
            services.AddTransient<IStartupFilter, PeerAddress>();
        });
    }
}
