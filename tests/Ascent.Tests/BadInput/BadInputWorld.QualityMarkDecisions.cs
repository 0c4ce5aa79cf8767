using System.Globalization;
using Ascent.Tests.Pages.QualityMark.Decision;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// The quality mark's decision forms: the recommendation, the panel and the appeal's hearing as the LA administrator
/// (one of the coordinator's roles), the appeal as Acorn's owner, and a review's outcome and ending an accreditation.
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkDecisionPages =>
        ["/quality-mark/accreditations/{id:int}/decision", "/quality-mark/accreditations/{id:int}/end", "/quality-mark/reviews/{id:int}"];

    private static async Task<List<Target>> QualityMarkDecisionTargetsAsync(AscentFixture app)
    {
        var a1 = app.World.SettingA1Id;
        var inProgress = await app.AccreditationAsync(a1);
        var recommended = await app.AccreditationAsync(a1, recommend: true);
        var notYet = await app.AccreditationAsync(a1, recommend: true, level: null);
        var awarded = await app.AccreditationAsync(a1, recommend: true);
        var (review, appealed) = await app.WithDbAsync(async (db, services) =>
        {
            var admin = app.World.UserIds[TestWorld.AdminA];
            var reader = app.World.UserIds[TestWorld.SeniorA];
            var scheme = await db.Accreditations.Include(a => a.Cohort).SingleAsync(a => a.Id == awarded);
            db.PanelDecisions.Add(PanelDecision.Record(scheme, admin, reader, "accredited", "Evidenced.", new DateOnly(2026, 11, 20), "Ada Admin", "QM-2026-0900"));
            var reviews = AccreditationReview.Schedule(scheme, new SchemeCycle(12, 2, 36, 60));
            db.AccreditationReviews.AddRange(reviews);
            var refused = await db.Accreditations.SingleAsync(a => a.Id == notYet);
            db.PanelDecisions.Add(PanelDecision.Record(refused, admin, reader, null, "Not yet.", new DateOnly(2026, 11, 20), "Ada Admin", null));
            var appealing = await db.Accreditations.SingleAsync(a => a.Id == recommended);
            db.PanelDecisions.Add(PanelDecision.Record(appealing, app.World.UserIds[TestWorld.AdviserA], reader, null, "Not yet.", new DateOnly(2026, 11, 20), "Ada Admin", null));
            db.AccreditationAppeals.Add(AccreditationAppeal.Make(appealing, "Grounds.", "Olu Owner", new DateOnly(2026, 11, 21)));
            await db.SaveChangesAsync();
            return (reviews[0].Id, appealing.Id);
        });
        var second = await app.AccreditationAsync(app.World.SettingA1Id, recommend: true);
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(inProgress)}/decision"), new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(second)}/decision"),
            new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(appealed)}/decision"), new(TestWorld.OwnerA1, $"/quality-mark/accreditations/{I(notYet)}/decision"),
            new(TestWorld.AdminA, $"/quality-mark/reviews/{I(review)}"), new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(awarded)}/end"),
        ];
    }
}
