using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// The screening forms: rooms, children, a round's grid and its action points, probed as Acorn's owner; the room
/// to archive as the LA's administrator, last of these so the others still have a room in use.
public sealed partial class BadInputWorld
{
    private static string[] ScreeningPages =>
    [
        "/settings/{id:int}/rooms", "/settings/{id:int}/rooms/{roomId:int}", "/settings/{id:int}/screening/children",
        "/screening/children/{id:int}", "/settings/{id:int}/screening/new", "/screening/rounds/{id:int}/grid", "/screening/rounds/{id:int}/action",
    ];

    private static async Task<List<Target>> ScreeningTargetsAsync(AscentFixture app)
    {
        var a1 = app.World.SettingA1Id;
        var (room, spare, child, round) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == a1);
            var room = new Room(setting, "Bad input room", "");
            var spare = new Room(setting, "Spare room", "");
            db.Rooms.AddRange(room, spare);
            await db.SaveChangesAsync();
            var child = new ScreenedChild(room, "BI01", "Bea");
            var round = new ScreeningRound(room, "Autumn 2026", new DateOnly(2026, 11, 20), "Olu Owner");
            db.AddRange(child, round);
            await db.SaveChangesAsync();
            db.ChildScores.Add(new ChildScore(round, child, 2, 4));
            round.Keep(ScreeningSummary.Of([(2, 4)]), "Olu Owner", app.Time.GetUtcNow());
            await db.SaveChangesAsync();
            return (room.Id, spare.Id, child.Id, round.Id);
        });
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.OwnerA1, $"/settings/{a1}/rooms"), new(TestWorld.OwnerA1, $"/settings/{a1}/screening/children"),
            new(TestWorld.OwnerA1, $"/settings/{a1}/screening/new?Room={I(room)}"), new(TestWorld.OwnerA1, $"/screening/rounds/{I(round)}/grid"),
            new(TestWorld.OwnerA1, $"/screening/rounds/{I(round)}/action?child={I(child)}"), new(TestWorld.OwnerA1, $"/screening/rounds/{I(round)}/action"),
            new(TestWorld.OwnerA1, $"/screening/children/{I(child)}"), new(TestWorld.AdminA, $"/settings/{a1}/rooms/{I(spare)}"),
        ];
    }
}
