using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.QualityMark;

/// What the quality-mark page tests share: a coordinator of LA A, and cohorts and applications made directly.
public static class QualityMarkWorld
{
    public const string Coordinator = "coordinator@ashdown.test";

    public static Task<Browser> SignInAsCoordinatorAsync(this AscentFixture app) =>
        app.SignInAsNewLaStaffAsync(Coordinator, "Cleo Coordinator", Roles.QualityMarkCoordinator);

    /// A cohort of LA A taking applications on the fixture's first day (23 November 2026) unless told otherwise.
    public static Task<int> CohortAsync(this AscentFixture app, string name, int opensInDays = -20, int closesInDays = 30) => app.WithDbAsync(async (db, services) =>
    {
        var scheme = services.GetRequiredService<SchemeLibrary>().Shipped[0].Definition;
        var start = AscentFixture.Start;
        var today = DateOnly.FromDateTime(start.UtcDateTime);
        var cohort = Cohort.Open(app.World.TenantAId, scheme, name, today.AddDays(60), today.AddDays(opensInDays), today.AddDays(closesInDays), null, "Test", start);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });

    /// An application of a setting of LA A to a cohort, made as if through the page.
    public static Task<int> ApplicationAsync(this AscentFixture app, int cohortId, int settingId) => app.WithDbAsync(async (db, _) =>
    {
        var cohort = await db.Cohorts.IgnoreQueryFilters().SingleAsync(c => c.Id == cohortId);
        var accreditation = Accreditation.Apply(cohort, settingId, "We reflect on our practice every week.", "Test", cohort.ApplicationsOpenOn);
        db.Accreditations.Add(accreditation);
        await db.SaveChangesAsync();
        return accreditation.Id;
    });

    public static Task<Accreditation> AccreditationAsync(this AscentFixture app, int id) =>
        app.WithDbAsync((db, _) => db.Accreditations.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));
}
