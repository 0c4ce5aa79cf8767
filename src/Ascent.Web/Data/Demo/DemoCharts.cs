using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Settings;

namespace Ascent.Web.Data.Demo;

/// The demo setting's own measures, two years of monthly values dated back from today, with the changes it made:
/// daily book sharing rises after a training day (a long run above the median and a new phase), accidents stay noise
/// apart from one month the setting left out with its reason.
public static class DemoCharts
{
    public static async Task SeedAsync(AppDbContext db, Setting setting, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(15);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-24);
        var training = firstMonth.AddMonths(14).AddDays(9);

        var reading = new Measure(setting, "Children sharing a book with an adult each day",
            "Children who shared a book with an adult on the last Wednesday of the month, out of the children in that day.", ChartKind.P, 12);
        var accidents = new Measure(setting, "Accidents and incidents a month", "Accidents and incidents recorded in the month.", ChartKind.C, null);
        for (var month = 0; month < 24; month++)
        {
            var date = firstMonth.AddMonths(month).AddDays(27);
            var attending = 30 + random.Next(0, 9);
            var share = date < training ? 0.42 : 0.66;
            var counted = Math.Min(attending, (int)Math.Round(attending * (share + ((random.NextDouble() - 0.5) * 0.16))));
            reading.Record(date, Math.Round((decimal)counted / attending, 6), counted, attending);
            accidents.Record(date, month == 7 ? 19 : random.Next(2, 9), null, null);
        }

        reading.Values.First(v => v.Date > training).StartPhase(true);
        accidents.Values.First(v => v.Date == firstMonth.AddMonths(7).AddDays(27)).Exclude("Chickenpox outbreak: most of the month's accidents were counted twice in the old log");
        db.Measures.AddRange(reading, accidents);
        db.ChartAnnotations.Add(new ChartAnnotation(setting, training, "Training day: sharing books with babies and toddlers", null, "Demo data", now));
        db.ChartAnnotations.Add(new ChartAnnotation(setting, firstMonth.AddMonths(16), "Goal started: a book corner in every room", null, "Demo data", now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
