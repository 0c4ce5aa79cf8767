using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// Two past cohorts of the quality mark in the demo LA, so the impact report has history to count: about 36 group
/// settings that applied while good or outstanding, were accredited in July 2023 or July 2024, and a few whose
/// accreditation later lapsed or was withdrawn after an inadequate judgement. Chosen from a fixed seed, so every demo
/// is the same. Little Acorns Day Nursery is left out: the current cohort's demo uses it.
public static class DemoQualityMarkHistory
{
    private const string Coordinator = "Nadia Brooks";

    private static readonly (string Name, DateOnly Opens, DateOnly Closes, DateOnly Starts, DateOnly Awarded)[] Cohorts =
    [
        ("2022 to 2023", new(2022, 5, 3), new(2022, 7, 15), new(2022, 9, 1), new(2023, 7, 12)),
        ("2023 to 2024", new(2023, 5, 2), new(2023, 7, 14), new(2023, 9, 1), new(2024, 7, 10)),
    ];

    public static async Task SeedAsync(AppDbContext db, SchemeDefinition scheme, InstrumentCatalogue instruments, int tenantId, DateOnly today, CancellationToken cancellationToken)
    {
        var level = scheme.Levels[^1].Code;
        var settings = await db.Settings.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ProviderType != "Childminder" && s.Name != DemoUsers.DemoSettingName)
            .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var inspections = (await db.Inspections.AsNoTracking()
                .Where(i => i.TenantId == tenantId && i.FrameworkCode == "ofsted-eif-2019")
                .Select(i => new { i.SettingId, i.Date, i.OverallGrade })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.SettingId);

        var random = new Random(2023);
        var taken = new HashSet<int>();
        var sequence = new Dictionary<int, int>();
        var past = new List<(Cohort, DateOnly)>();
        foreach (var (name, opens, closes, starts, awarded) in Cohorts)
        {
            var cohort = Cohort.Open(tenantId, scheme, name, starts, opens, closes, null, Coordinator, new DateTimeOffset(opens.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            db.Cohorts.Add(cohort);
            past.Add((cohort, awarded));

            // Those that could apply: good or outstanding at their latest inspection before the window closed.
            var eligible = settings.Where(id => !taken.Contains(id)
                && inspections[id].Where(i => i.Date < opens).MaxBy(i => i.Date)?.OverallGrade is "1" or "2").ToList();
            var inspectedSince = eligible.Where(id => inspections[id].Any(i => i.Date > awarded)).ToList();
            var chosen = Pick(inspectedSince, 13, random).Concat(Pick([.. eligible.Except(inspectedSince)], 5, random)).ToList();
            var notYet = Pick([.. eligible.Except(chosen)], 2, random);
            foreach (var settingId in chosen.Concat(notYet))
            {
                taken.Add(settingId);
                var applied = opens.AddDays(random.Next(0, closes.DayNumber - opens.DayNumber + 1));
                var accreditation = Accreditation.Apply(cohort, settingId,
                    "We want to build on our last inspection and make action research part of how we improve.", "Setting manager", applied);
                accreditation.Accept(Coordinator, closes.AddDays(7), "Meets the entry criteria.");
                accreditation.Recommend(notYet.Contains(settingId) ? null : level, "The portfolio shows each unit's requirements met.", awarded.AddDays(-14));
                if (notYet.Contains(settingId))
                {
                    accreditation.Decide(null, awarded, null);
                }
                else
                {
                    var number = sequence[awarded.Year] = sequence.GetValueOrDefault(awarded.Year) + 1;
                    accreditation.Decide(level, awarded, CertificateReference.Format(scheme.Code, awarded.Year, number));
                    End(accreditation, [.. inspections[settingId].Where(i => i.Date > awarded).Select(i => (i.Date, i.OverallGrade))], random);
                    db.AccreditationReviews.AddRange(Reviews(accreditation, scheme.Cycle, today));
                }

                db.Accreditations.Add(accreditation);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await DemoQualityMarkEvaluation.SeedAsync(db, instruments, past, cancellationToken);
    }

    /// Withdrawn after an inadequate judgement (the scheme's rule); otherwise about one in eight lapses, its annual
    /// review not completed.
    private static void End(Accreditation accreditation, List<(DateOnly Date, string? Grade)> since, Random random)
    {
        var lapse = random.NextDouble() < 0.125;
        if (since.Where(i => i.Grade == "4").Select(i => (DateOnly?)i.Date).Min() is { } inadequate)
            accreditation.End(AccreditationStatus.Withdrawn, inadequate.AddDays(14), "Withdrawn after an inadequate Ofsted judgement, as the scheme's rules say.");
        else if (lapse)
            accreditation.End(AccreditationStatus.Lapsed, accreditation.AwardedOn!.Value.AddYears(1).AddDays(30), "The first annual review was not completed.");
    }

    /// The reviews scheduled at the award, those already due recorded: passed while the accreditation stood, the first
    /// not passed when it lapsed. Those still to come are the reviews page's and the register's next due date.
    private static IEnumerable<AccreditationReview> Reviews(Accreditation accreditation, SchemeCycle cycle, DateOnly today)
    {
        var lapsed = accreditation.Status == AccreditationStatus.Lapsed;
        var until = accreditation.EndedOn ?? today;
        foreach (var review in AccreditationReview.Schedule(accreditation, cycle))
        {
            if (lapsed && review.Number == 1 && review.Kind == ReviewKind.AnnualReview)
                review.Record(false, accreditation.EndReason!, until, Coordinator);
            else if (review.DueOn < until)
                review.Record(true, "The evaluator's review found the scheme's requirements still met.", review.DueOn.AddDays(-7), Coordinator);
            yield return review;
        }
    }

    private static List<int> Pick(List<int> from, int count, Random random) =>
        [.. from.OrderBy(_ => random.Next()).Take(count)];
}
