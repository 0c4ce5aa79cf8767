using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.QualityMark.Evaluators;

/// What the evaluators' tests need: LA A's coordinator and two evaluators, an evaluator of LA B, and a cohort of the
/// shipped scheme with settings accepted into it, made through the core entities (there is no demo cohort here).
public static class QualityMarkWorld
{
    public const string Coordinator = "coordinator@ashdown.test";
    public const string Ruth = "ruth.evans@ashdown.test";
    public const string Owen = "owen.price@ashdown.test";
    public const string OtherLaEvaluator = "bea.evaluator@brightwater.test";

    public static Task<Browser> SignInAsCoordinatorAsync(this AscentFixture app) =>
        app.SignInAsNewLaStaffAsync(Coordinator, "Nadia Brooks", Roles.QualityMarkCoordinator);

    public static Task<Browser> SignInAsRuthAsync(this AscentFixture app) =>
        app.SignInAsNewLaStaffAsync(Ruth, "Ruth Evans", Roles.QualityMarkEvaluator);

    public static Task<Browser> SignInAsOwenAsync(this AscentFixture app) =>
        app.SignInAsNewLaStaffAsync(Owen, "Owen Price", Roles.QualityMarkEvaluator);

    /// Both of A's evaluators exist (signing each in once), and B's; returns their ids.
    public static async Task<(Guid Ruth, Guid Owen, Guid OtherLa)> EvaluatorsAsync(this AscentFixture app)
    {
        (await app.SignInAsRuthAsync()).Dispose();
        (await app.SignInAsOwenAsync()).Dispose();
        var other = await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(OtherLaEvaluator) is { } found)
                return found.Id;
            var user = new AppUser(OtherLaEvaluator, "Bea Brightwater", app.World.TenantBId, null) { EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.QualityMarkEvaluator)).Succeeded);
            return user.Id;
        });
        return (await IdAsync(app, Ruth), await IdAsync(app, Owen), other);
    }

    public static Task<Guid> IdAsync(AscentFixture app, string email) =>
        app.WithDbAsync((db, _) => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// A cohort of LA A taking applications today, and a new setting accepted into it per name; returns the cohort's
    /// id and each accreditation's id with its setting's name.
    public static Task<(int CohortId, List<(int Id, int SettingId, string Name)> Accreditations)> CohortAsync(this AscentFixture app, string cohortName, params string[] settings) =>
        app.WithDbAsync(async (db, services) =>
        {
            var scheme = services.GetRequiredService<SchemeLibrary>().Find("quality-mark")!;
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var cohort = Cohort.Open(app.World.TenantAId, scheme, cohortName, today.AddDays(30), today.AddDays(-10), today.AddDays(10), null, "Nadia Brooks", app.Time.GetUtcNow());
            db.Cohorts.Add(cohort);
            var places = settings.Select(name => new Setting(app.World.TenantAId, $"QM{Random.Shared.Next(1000000, 9999999)}", name, "Childcare on non-domestic premises", new DateOnly(2015, 4, 1))).ToList();
            db.Settings.AddRange(places);
            await db.SaveChangesAsync();
            var accreditations = places.Select(s => Accreditation.Apply(cohort, s.Id, "We reflect on our practice.", "Jo Clarke", today)).ToList();
            foreach (var accreditation in accreditations)
                accreditation.Accept("Nadia Brooks", today, "Meets the criteria.");
            db.Accreditations.AddRange(accreditations);
            await db.SaveChangesAsync();
            return (cohort.Id, accreditations.Select((a, i) => (a.Id, a.SettingId, places[i].Name)).ToList());
        });

    /// Allocates behind the pages' back, for tests about what comes after.
    public static Task AllocateAsync(this AscentFixture app, int accreditationId, Guid evaluator) =>
        app.WithDbAsync(async (db, _) =>
        {
            var accreditation = await db.Accreditations.SingleAsync(a => a.Id == accreditationId);
            accreditation.Allocate(evaluator, DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            return true;
        });
}
