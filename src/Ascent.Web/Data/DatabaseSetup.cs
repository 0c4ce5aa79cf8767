using System.Diagnostics;
using Ascent.Web.Data.Demo;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Data;

/// Brings the database up to date at start-up: migrations, the fixed roles, and demo data on a first demo run.
public static class DatabaseSetup
{
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        services.GetRequiredService<Domain.Frameworks.FrameworkRegistry>();
        services.GetRequiredService<Domain.Cases.PathwayLibrary>();
        services.GetRequiredService<Domain.Calendar.BankHolidays>();
        services.GetRequiredService<Domain.Funding.FundingRules>();
        services.GetRequiredService<Services.Offer.ShippedOfferTerms>();
        services.GetRequiredService<Domain.SelfEvaluation.VoiceQuestionDefaults>();
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<CurrentUser>().ActAsSystem("Ascent start-up");
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Ascent.StartUp");
        var clock = Stopwatch.StartNew();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        if (pending > 0)
            logger.LogInformation("Database brought up to date ({Count} migrations) in {Seconds:0.0} s", pending, clock.Elapsed.TotalSeconds);

        // Makes the first data-protection key now, while this node is alone in starting, so that nodes starting
        // together on a new database do not each make their own and reject each other's cookies meanwhile.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Ascent.StartUp").Protect([0]);

        var roles = provider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
        }

        var options = provider.GetRequiredService<IOptions<AscentOptions>>().Value;
        if (options.DemoMode && !await db.Tenants.AnyAsync(cancellationToken))
        {
            clock.Restart();
            await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            logger.LogInformation("Demo data added in {Seconds:0.0} s", clock.Elapsed.TotalSeconds);
        }
    }
}
