using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.BadInput;

/// The end-of-cohort evaluation's forms: sending it (a cohort not yet sent) as Ashdown's administrator, and answering
/// it as the owner of a setting the panel decided on.
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkEvaluationPages =>
        ["/quality-mark/cohorts/{id:int}/evaluation", "/quality-mark/cohorts/{id:int}/evaluation/answer"];

    private static async Task<List<Target>> QualityMarkEvaluationTargetsAsync(AscentFixture app)
    {
        var (unsent, sent) = await app.WithDbAsync(async (db, services) =>
        {
            var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var scheme = services.GetRequiredService<SchemeLibrary>().Find("quality-mark")!;
            var instruments = services.GetRequiredService<InstrumentCatalogue>();
            var unsent = Cohort.Open(app.World.TenantAId, scheme, "Bad input cohort (evaluation to send)", today.AddDays(30), today.AddDays(-10), today.AddDays(10), null, "Ada Admin", app.Time.GetUtcNow());
            var sent = Cohort.Open(app.World.TenantAId, scheme, "Bad input cohort (evaluation sent)", today.AddDays(30), today.AddDays(-10), today.AddDays(10), null, "Ada Admin", app.Time.GetUtcNow());
            db.AddRange(unsent, sent);
            await db.SaveChangesAsync();
            var accreditation = Accreditation.Apply(sent, app.World.SettingA1Id, "We reflect.", "Jo Clarke", today);
            accreditation.Accept("Ada Admin", today, "");
            accreditation.Recommend(null, "Not yet ready.", today);
            accreditation.Decide(null, today, null);
            var evaluation = CohortEvaluation.Send(sent, instruments.Get(CohortEvaluations.SettingsInstrument), instruments.Get(CohortEvaluations.EvaluatorsInstrument), "Ada Admin", app.Time.GetUtcNow());
            db.AddRange(accreditation, evaluation, EvaluationInvitation.ToSetting(evaluation, app.World.SettingA1Id, "Bad input setting"));
            await db.SaveChangesAsync();
            return (unsent.Id, sent.Id);
        });
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, $"/quality-mark/cohorts/{I(unsent)}/evaluation"), new(TestWorld.OwnerA1, $"/quality-mark/cohorts/{I(sent)}/evaluation/answer"),
        ];
    }
}
