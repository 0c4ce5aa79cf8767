using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Bench;

/// The quality mark's history in the largest LA of Ofsted's register, made through the domain as the scheme's people
/// make it: two past cohorts of the shipped scheme, each taking about a twentieth of the LA's group settings (a tenth
/// in all), every one applied, accepted, allocated to an evaluator, recommended and awarded by the panel. The register
/// runs to 31 August 2021, so the cohorts are awarded in July 2019 and July 2020 and the report counts at that date.
public static class QualityMarkData
{
    public const string Password = "bench passphrase for loopback only";
    public const string AdviserEmail = "adviser@quality-mark.bench.invalid";
    public const string EvaluatorEmail = "evaluator@quality-mark.bench.invalid";
    public static readonly DateOnly At = new(2021, 8, 31);
    private const string Coordinator = "Bench coordinator";

    private static readonly (string Name, DateOnly Opens, DateOnly Closes, DateOnly Starts, DateOnly Awarded)[] Cohorts =
    [
        ("2018 to 2019", new(2018, 5, 1), new(2018, 7, 13), new(2018, 9, 3), new(2019, 7, 10)),
        ("2019 to 2020", new(2019, 5, 1), new(2019, 7, 12), new(2019, 9, 2), new(2020, 7, 8)),
    ];

    public sealed record Prepared(int TenantId, string LocalAuthority, int Settings, int GroupSettings, int Accredited, int SmallestTenantId, int SmallestSettings);

    public static async Task<Prepared> PrepareAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Benchmark");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sizes = await db.Settings.GroupBy(s => s.TenantId).Select(g => new { TenantId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.TenantId).ToListAsync();
        var (largest, smallest) = (sizes[0], sizes[^1]);
        var name = await db.Tenants.Where(t => t.Id == largest.TenantId).Select(t => t.Name).SingleAsync();
        var group = await db.Settings.AsNoTracking()
            .Where(s => s.TenantId == largest.TenantId && s.ProviderType != "Childminder")
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();

        var evaluator = await CreateUserAsync(scope.ServiceProvider, EvaluatorEmail, largest.TenantId, Roles.QualityMarkEvaluator);
        await CreateUserAsync(scope.ServiceProvider, AdviserEmail, largest.TenantId, Roles.ImprovementAdviser);

        var scheme = scope.ServiceProvider.GetRequiredService<SchemeLibrary>().Find("quality-mark")
            ?? throw new InvalidOperationException("The shipped quality-mark scheme is not loaded.");
        var level = scheme.Levels[^1].Code;
        var random = new Random(2019);
        var chosen = group.OrderBy(_ => random.Next()).Take(group.Count / 10).ToList();
        var perCohort = (chosen.Count + 1) / 2;
        for (var c = 0; c < Cohorts.Length; c++)
        {
            var (cohortName, opens, closes, starts, awarded) = Cohorts[c];
            var cohort = Cohort.Open(largest.TenantId, scheme, cohortName, starts, opens, closes, null, Coordinator,
                new DateTimeOffset(opens.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            db.Cohorts.Add(cohort);
            var number = 0;
            foreach (var settingId in chosen.Skip(c * perCohort).Take(perCohort))
            {
                var applied = opens.AddDays(random.Next(0, closes.DayNumber - opens.DayNumber + 1));
                var accreditation = Accreditation.Apply(cohort, settingId, "We want to make action research part of how we improve.", "Setting manager", applied);
                accreditation.Accept(Coordinator, closes.AddDays(7), "Meets the entry criteria.");
                accreditation.Allocate(evaluator, starts);
                accreditation.Recommend(level, "The portfolio shows each unit's requirements met.", awarded.AddDays(-14));
                accreditation.Decide(level, awarded, CertificateReference.Format(scheme.Code, awarded.Year, ++number));
                db.Accreditations.Add(accreditation);
            }

            await db.SaveChangesAsync();
        }

        return new Prepared(largest.TenantId, name, largest.Count, group.Count, chosen.Count, smallest.TenantId, smallest.Count);
    }

    // Demo users may skip two-factor set-up while the server runs in demo mode; there is no second factor to script.
    private static async Task<Guid> CreateUserAsync(IServiceProvider services, string email, int tenantId, string role)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(email, $"Bench {role}", tenantId, settingId: null) { EmailConfirmed = true };
        user.MarkAsDemo();
        var created = await users.CreateAsync(user, Password);
        if (created.Succeeded)
            created = await users.AddToRoleAsync(user, role);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        return user.Id;
    }
}
