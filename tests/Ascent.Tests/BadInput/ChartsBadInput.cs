using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// The charts' forms in the bad-input suite: a measure of Acorn's with two values and a marked change, and its pages.
public static class ChartsBadInput
{
    public static readonly string[] CoveredPages =
        ["/settings/{id:int}/charts/series", "/settings/{id:int}/charts/measures/new", "/settings/{id:int}/charts/measures/{measureId:int}", "/settings/{id:int}/charts/import"];

    public static async Task<IReadOnlyList<Target>> TargetsAsync(AscentFixture app, int settingId, DateOnly today)
    {
        var measureId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var measure = new Measure(setting, "Bad input measure", "", ChartKind.Run, null);
            measure.Record(today.AddDays(-30), 3, null, null);
            measure.Record(today.AddDays(-1), 4, null, null);
            db.Measures.Add(measure);
            db.ChartAnnotations.Add(new ChartAnnotation(setting, today.AddDays(-2), "A training day", null, "Test", app.Time.GetUtcNow()));
            await db.SaveChangesAsync();
            return S(measure.Id);
        });
        return
        [
            new(TestWorld.OwnerA1, $"/settings/{S(settingId)}/charts/series?key=own%3A{measureId}"), new(TestWorld.OwnerA1, $"/settings/{S(settingId)}/charts/measures/new"),
            new(TestWorld.OwnerA1, $"/settings/{S(settingId)}/charts/measures/{measureId}"), new(TestWorld.OwnerA1, $"/settings/{S(settingId)}/charts/import"),
        ];
    }

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);
}
