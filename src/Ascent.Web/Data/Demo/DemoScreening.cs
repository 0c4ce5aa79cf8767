using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo setting's rooms, twenty children in its pre-school room (codes, a few with names) and the room's two
/// previous Leuven rounds, so that the round the demo manager records makes three on the chart.
public static class DemoScreening
{
    /// The room the demo's children, rounds and environment ratings (DemoAudits) are in.
    public const string PreSchoolRoom = "Pre-school room";

    private static readonly (string Name, string AgeGroup)[] Rooms =
        [("Baby room", "0 to 2"), ("Toddler room", "2 to 3"), (PreSchoolRoom, "3 and 4")];

    private static readonly Dictionary<int, string> Names = new() { [1] = "Ava", [2] = "Ben", [5] = "Chloe", [9] = "Dev", [14] = "Ella" };

    public static async Task SeedAsync(AppDbContext db, int settingId, DateOnly today, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.SingleAsync(s => s.Id == settingId, cancellationToken);
        var rooms = Rooms.Select(r => new Room(setting, r.Name, r.AgeGroup)).ToList();
        db.Rooms.AddRange(rooms);
        await db.SaveChangesAsync(cancellationToken);
        var preSchool = rooms.Single(r => r.Name == PreSchoolRoom);
        var children = Enumerable.Range(1, 20)
            .Select(i => new ScreenedChild(preSchool, $"P{i:00}", Names.GetValueOrDefault(i))).ToList();
        db.ScreenedChildren.AddRange(children);
        await db.SaveChangesAsync(cancellationToken);

        // The two seasons before today's: spring and summer for a demo started in the autumn.
        var random = new Random(2026);
        for (var back = 2; back >= 1; back--)
        {
            var heldOn = today.AddMonths(-4 * back);
            var round = new ScreeningRound(preSchool, RoundProposal.Season(heldOn), heldOn, "Demo manager");
            db.ScreeningRounds.Add(round);
            await db.SaveChangesAsync(cancellationToken);
            // Each round a little better than the one before: fewer low scores.
            var scores = children.Select(c => new ChildScore(round, c, Level(random, back), Level(random, back))).ToList();
            db.ChildScores.AddRange(scores);
            round.Keep(ScreeningSummary.Of([.. scores.Select(s => (s.WellBeing, s.Involvement))]), "Demo manager", At(round.HeldOn));
            var firstRed = scores.FirstOrDefault(s => s.Band == LeuvenBand.Red) ?? scores[0];
            db.ChildActionPoints.Add(new ChildActionPoint(round, children.Single(c => c.Id == firstRed.ChildId),
                "Observe at different times of day and talk with the family about what the child enjoys at home.", "Key person", heldOn.AddDays(28), "Demo manager", At(round.HeldOn)));
            db.RoomActionPoints.Add(new RoomActionPoint(round,
                back == 2 ? "Open the garden all morning so children can choose to play outside." : "Longer free-play sessions with fewer interruptions for tidying up.",
                "Room leader", heldOn.AddDays(42), "Demo manager", At(round.HeldOn)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero);

    private static int Level(Random random, int roundsBack)
    {
        var roll = random.NextDouble();
        var low = roundsBack == 2 ? 0.15 : 0.08;
        return roll < low ? 2 : roll < low + 0.25 ? 3 : roll < 0.8 ? 4 : 5;
    }
}
