using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.QualityMark.Decision;

/// Cohorts and accreditations made through the core entities (there is no demo cohort to lean on), and the LA's
/// quality-mark people: a coordinator and an evaluator of local authority A.
public static class DecisionWorld
{
    public const string Coordinator = "coordinator@ashdown.test";
    public const string Evaluator = "evaluator@ashdown.test";

    public static Task<Browser> SignInAsCoordinatorAsync(this AscentFixture app) =>
        app.SignInAsNewLaStaffAsync(Coordinator, "Nadia Brooks", Roles.QualityMarkCoordinator);

    public static Task<Browser> SignInAsEvaluatorAsync(this AscentFixture app) =>
        app.SignInAsNewLaStaffAsync(Evaluator, "Ruth Evans", Roles.QualityMarkEvaluator);

    public static Task<Guid> UserIdAsync(this AscentFixture app, string email) =>
        app.WithDbAsync((db, _) => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// A setting of LA A accepted into a new cohort of the shipped scheme, with the evaluator allocated; recommended to
    /// the panel when a recommendation is given ("not yet" when its level is null).
    public static async Task<int> AccreditationAsync(this AscentFixture app, int settingId, bool recommend = false, string? level = "accredited")
    {
        (await app.SignInAsEvaluatorAsync()).Dispose();
        var evaluator = await app.UserIdAsync(Evaluator);
        return await app.WithDbAsync(async (db, services) =>
        {
            var scheme = services.GetRequiredService<SchemeLibrary>().Find("quality-mark")!;
            var cohort = Cohort.Open(app.World.TenantAId, scheme, $"Cohort {Guid.NewGuid():N}", new DateOnly(2026, 1, 5), new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 1), null, "Nadia Brooks", app.Time.GetUtcNow());
            db.Cohorts.Add(cohort);
            var accreditation = Accreditation.Apply(cohort, settingId, "We reflect on our practice.", "Olive Owner", new DateOnly(2025, 11, 1));
            accreditation.Accept("Nadia Brooks", new DateOnly(2025, 12, 10), "Meets the criteria.");
            accreditation.Allocate(evaluator, new DateOnly(2026, 1, 10));
            if (recommend)
                accreditation.Recommend(level, "The evaluator's reasons.", new DateOnly(2026, 10, 1));
            db.Accreditations.Add(accreditation);
            await db.SaveChangesAsync();
            return accreditation.Id;
        });
    }

    public static Task<Accreditation> ReadAsync(this AscentFixture app, int id) =>
        app.WithDbAsync((db, _) => db.Accreditations.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);
}
