using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The past demo cohorts' end-of-cohort evaluations: sent to each setting the panel decided on four weeks after the
/// panel, answered by about two in three (mostly agreeing, the workload least), closed four weeks later. The past
/// cohorts had no evaluators allocated in Ascent, so only settings were asked. From a fixed seed, so every demo is
/// the same.
public static class DemoQualityMarkEvaluation
{
    private const string Coordinator = "Nadia Brooks";

    public static async Task SeedAsync(AppDbContext db, InstrumentCatalogue instruments, IEnumerable<(Cohort Cohort, DateOnly Decided)> cohorts, CancellationToken cancellationToken)
    {
        var forSettings = instruments.Get(CohortEvaluations.SettingsInstrument);
        var forEvaluators = instruments.Get(CohortEvaluations.EvaluatorsInstrument);
        var random = new Random(2024);
        foreach (var (cohort, decided) in cohorts)
        {
            var accreditations = await db.Accreditations.AsNoTracking().Where(a => a.CohortId == cohort.Id).ToListAsync(cancellationToken);
            var ids = accreditations.Select(a => a.SettingId).ToList();
            var names = await db.Settings.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            var evaluation = CohortEvaluation.Send(cohort, forSettings, forEvaluators, Coordinator, At(decided.AddDays(28)));
            var invitations = accreditations.Where(a => CohortEvaluations.Decided.Contains(a.Status))
                .Select(a => EvaluationInvitation.ToSetting(evaluation, a.SettingId, names[a.SettingId])).ToList();
            db.CohortEvaluations.Add(evaluation);
            db.EvaluationInvitations.AddRange(invitations);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var invitation in invitations.Where(_ => random.NextDouble() < 0.7).ToList())
                db.EvaluationResponses.Add(evaluation.Answer(invitation, Answers(forSettings, random)));
            evaluation.Close(Coordinator, At(decided.AddDays(56)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    // The workload (statement 7) is where settings agree least, as quality marks' own evaluations tend to find.
    private static LikertResponse Answers(InstrumentDefinition instrument, Random random) =>
        new(null, instrument.Items.ToDictionary(i => i.Number, i => (int?)(i.Number == "7" ? random.Next(2, 5) : random.Next(3, 6)), StringComparer.Ordinal));

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
