using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ascent.Tests.Support;

/// Ascent in-process, on the database and SMTP server a fixture gives it, with a clock the tests control.
public sealed class AscentFactory(IReadOnlyDictionary<string, string?> settings, TimeProvider time) : WebApplicationFactory<Program>
{
    // Each host watches its web root and configuration files. With inotify that is an instance per watcher, and the
    // tests' many hosts at once pass Linux's default limit of 128 per user ("The configured user limit (128) on the
    // number of inotify instances has been reached"); polling watchers hold no instance.
    static AscentFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        // appsettings.json logs Information by default, and its rules outrank SetMinimumLevel below: a few thousand
        // lines of scheduler and start-up chatter per run that no test reads.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The in-memory test server has no request body limit for these to set; Kestrel, in production, has.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(time);
            services.AddTransient<IStartupFilter, PeerAddress>();
            // Identity's default of 100,000 PBKDF2 rounds costs about 75ms of CPU for every password set or checked:
            // seconds per fixture (nine people) and per sign-in across the suite. The tests check who may do what,
            // not the hash's strength, so they hash with fewer rounds; Ascent itself keeps Identity's default.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }
}
