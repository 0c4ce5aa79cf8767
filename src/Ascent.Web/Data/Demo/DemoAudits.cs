using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// Finished audits and a closed parent questionnaire round, so a new user sees results at once: the demo setting's
/// environment rating of its pre-school room a year ago (a new rating of the room shows the change since), its
/// leadership audit, a parent questionnaire with answers from every age group, and environment ratings of a dozen
/// other settings of the LA for its overview at /audits. Made through the entities, as the pages' services make them;
/// nothing is added to a setting that already has audits.
public static class DemoAudits
{
    private static readonly string Adviser = DemoUsers.LocalAuthority.Single(u => u.Email == "adviser@northfield.example").Name;

    private static readonly string Manager = DemoUsers.Setting.Single(u => u.Email == "manager@littleacorns.example").Name;

    /// Parents' answers by the child's age: one group too small to be shown on its own, as happens.
    private static readonly (string Group, int Count)[] Parents = [("age-under-2", 6), ("age-2", 8), ("age-3-4", 12), ("age-5-plus", 2)];

    public static async Task SeedAsync(AppDbContext db, InstrumentCatalogue instruments, IReadOnlyList<Setting> settings, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var demo = settings[0];
        if (await db.Audits.AnyAsync(a => a.SettingId == demo.Id, cancellationToken))
            return;
        var random = new Random(1503);
        var ecers = instruments.Get("ecers-3");
        var preSchool = await db.Rooms.SingleAsync(r => r.SettingId == demo.Id && r.Name == DemoScreening.PreSchoolRoom, cancellationToken);
        // A year ago, mostly minimal to good, language and literacy weakest: the ratings that came before.
        db.Audits.Add(Rating(demo, preSchool, ecers, today.AddYears(-1), random, low: ["12", "13", "14", "15"]));
        db.Audits.Add(Checklist(demo, instruments.Get("leadership"), today.AddDays(-45), random));
        foreach (var (setting, index) in settings.Skip(1).Take(12).Select((s, i) => (s, i)))
            db.Audits.Add(Rating(setting, null, ecers, today.AddDays(-30 - (index * 41)), random, low: []));
        await db.SaveChangesAsync(cancellationToken);
        await QuestionnaireAsync(db, demo, instruments.Get("parent-questionnaire"), today.AddDays(-70), random, cancellationToken);
    }

    private static Audit Rating(Setting setting, Room? room, InstrumentDefinition instrument, DateOnly observedOn, Random random, string[] low)
    {
        var audit = new Audit(setting, room, instrument, AuditMode.ItemScores, observedOn, Adviser, At(observedOn, 9));
        var sheet = audit.AddSheet(SheetKind.Observer, null, Adviser);
        foreach (var item in instrument.Items)
            sheet.AnswerFor(item.Number).Score = low.Contains(item.Number) ? random.Next(2, 4) : random.Next(3, 7);
        sheet.Complete(At(observedOn, 15));
        audit.Finish(Adviser, At(observedOn, 15), AuditScoring.Total(instrument, AuditScoring.AnswersOf(sheet)));
        return audit;
    }

    private static Audit Checklist(Setting setting, InstrumentDefinition instrument, DateOnly observedOn, Random random)
    {
        var audit = new Audit(setting, null, instrument, AuditMode.ItemScores, observedOn, Manager, At(observedOn, 9));
        var sheet = audit.AddSheet(SheetKind.Observer, null, Manager);
        foreach (var item in instrument.Items)
        {
            var roll = random.NextDouble();
            sheet.AnswerFor(item.Number).Checklist = roll < 0.7 ? ChecklistAnswer.Met : roll < 0.9 ? ChecklistAnswer.PartlyMet : ChecklistAnswer.NotMet;
        }

        sheet.Complete(At(observedOn, 15));
        audit.Finish(Manager, At(observedOn, 15), AuditScoring.Total(instrument, AuditScoring.AnswersOf(sheet)));
        return audit;
    }

    /// A round open for three weeks, answered online by 28 parents, then closed: learning at home is where parents
    /// agree least, so the results suggest a goal there.
    private static async Task QuestionnaireAsync(AppDbContext db, Setting setting, InstrumentDefinition instrument, DateOnly startedOn, Random random, CancellationToken cancellationToken)
    {
        var closesOn = startedOn.AddDays(21);
        var audit = new Audit(setting, null, instrument, AuditMode.ItemScores, startedOn, Manager, At(startedOn, 9));
        var (round, _) = QuestionnaireRound.Start(audit, instrument, closesOn, At(startedOn, 9));
        var responses = new List<LikertResponse>();
        var day = 0;
        foreach (var (group, count) in Parents)
        {
            for (var i = 0; i < count; i++)
            {
                var scores = instrument.Subscales.SelectMany(s => s.Items.Select(item => (item.Number, Score: (int?)Agreement(random, s.Code == "learning-at-home"))))
                    .ToDictionary(a => a.Number, a => a.Score, StringComparer.Ordinal);
                var response = new LikertResponse(group, scores);
                var answeredOn = startedOn.AddDays(day++ % 21);
                round.Answer(response, QuestionnaireRounds.Online, answeredOn, At(answeredOn, 19));
                responses.Add(response);
            }
        }

        round.Close(Manager, At(closesOn.AddDays(1), 9), LikertResults.Of(instrument, responses));
        db.Audits.Add(audit);
        db.QuestionnaireRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static int Agreement(Random random, bool weaker)
    {
        var roll = random.NextDouble();
        return weaker
            ? roll < 0.15 ? 2 : roll < 0.45 ? 3 : roll < 0.85 ? 4 : 5
            : roll < 0.03 ? 2 : roll < 0.12 ? 3 : roll < 0.55 ? 4 : 5;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
