using Ascent.Tests.Pages.QualityMark.Evaluators;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.QualityMark.Evaluation;

/// A cohort at its end: Acorn's setting (the TestWorld's A1, whose owner signs in) awarded with Ruth Evans as its
/// evaluator, a new setting given "not yet" by the panel with Owen Price, and one still in progress (not asked).
public static class EvaluationWorld
{
    public static async Task<(int CohortId, string AwardedName, string InProgressName)> EndedCohortAsync(this AscentFixture app, string name)
    {
        var (ruth, owen, _) = await app.EvaluatorsAsync();
        var (cohortId, accreditations) = await app.CohortAsync(name, $"{name}: Not Yet Nursery", $"{name}: Still Going Nursery");
        var awardedName = await app.WithDbAsync(async (db, _) =>
        {
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId);
            var awarded = Accreditation.Apply(cohort, app.World.SettingA1Id, "We reflect on our practice.", "Jo Clarke", today);
            awarded.Accept("Nadia Brooks", today, "");
            db.Accreditations.Add(awarded);
            await db.SaveChangesAsync();
            var notYet = await db.Accreditations.SingleAsync(a => a.Id == accreditations[0].Id);
            var going = await db.Accreditations.SingleAsync(a => a.Id == accreditations[1].Id);
            foreach (var (accreditation, evaluator) in new[] { (awarded, ruth), (notYet, owen), (going, owen) })
                accreditation.Allocate(evaluator, today);
            awarded.Recommend("accredited", "Every unit met.", today);
            awarded.Decide("accredited", today, $"QM-2026-{Random.Shared.Next(1000, 9999)}");
            notYet.Recommend(null, "Unit A is not finished.", today);
            notYet.Decide(null, today, null);
            await db.SaveChangesAsync();
            return await db.Settings.Where(s => s.Id == app.World.SettingA1Id).Select(s => s.Name).SingleAsync();
        });
        return (cohortId, awardedName, accreditations[1].Name);
    }
}
