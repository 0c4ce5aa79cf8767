using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.BadInput;

/// The quality-mark evaluators' forms (training and conflicts, removing a conflict, allocation, time, other costs),
/// probed as Ashdown's administrator, who coordinates the scheme, on a cohort with one accepted setting.
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkEvaluatorPages =>
    [
        "/quality-mark/evaluators/{id:guid}", "/quality-mark/evaluators/conflicts/{id:int}/remove",
        "/quality-mark/accreditations/{id:int}/evaluator", "/quality-mark/accreditations/{id:int}/time", "/quality-mark/cohorts/{id:int}/costs",
        "/quality-mark/accreditations/{id:int}/time/{entryId:int}", "/quality-mark/cohorts/{id:int}/costs/{costId:int}",
    ];

    private static async Task<List<Target>> QualityMarkEvaluatorTargetsAsync(AscentFixture app)
    {
        var (evaluator, conflict, accreditation, cohort, entry, cost) = await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser("evaluator.badinput@ashdown.test", "Eve Evaluator", app.World.TenantAId, null) { EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.QualityMarkEvaluator)).Succeeded);
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var scheme = services.GetRequiredService<SchemeLibrary>().Find("quality-mark")!;
            var cohort = Cohort.Open(app.World.TenantAId, scheme, "Bad input cohort (evaluators)", today.AddDays(30), today.AddDays(-10), today.AddDays(10), null, "Ada Admin", app.Time.GetUtcNow());
            var setting = new Setting(app.World.TenantAId, "QM900001", "Bad Input Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 4, 1));
            db.AddRange(cohort, setting);
            await db.SaveChangesAsync();
            var accreditation = Accreditation.Apply(cohort, setting.Id, "We reflect.", "Jo Clarke", today);
            accreditation.Accept("Ada Admin", today, "");
            accreditation.Allocate(user.Id, today);
            var conflict = EvaluatorConflict.Record(app.World.TenantAId, user.Id, app.World.SettingA2Id, "Worked there", "Ada Admin", app.Time.GetUtcNow());
            db.AddRange(accreditation, conflict);
            await db.SaveChangesAsync();
            var entry = EvaluatorTime.Log(accreditation, user.Id, "Eve Evaluator", today, 90, EvaluatorActivity.Visit, null, "Eve Evaluator", app.Time.GetUtcNow(), today);
            var cost = SchemeCost.Record(cohort, null, "Venue", 12000, "Ada Admin", app.Time.GetUtcNow());
            db.AddRange(entry, cost);
            await db.SaveChangesAsync();
            return (user.Id, conflict.Id, accreditation.Id, cohort.Id, entry.Id, cost.Id);
        });
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, $"/quality-mark/evaluators/{evaluator}"), new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(accreditation)}/evaluator"),
            new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(accreditation)}/time"), new(TestWorld.AdminA, $"/quality-mark/cohorts/{I(cohort)}/costs"),
            new(TestWorld.AdminA, $"/quality-mark/evaluators/conflicts/{I(conflict)}/remove"),
            new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(accreditation)}/time/{I(entry)}"), new(TestWorld.AdminA, $"/quality-mark/cohorts/{I(cohort)}/costs/{I(cost)}"),
        ];
    }
}
