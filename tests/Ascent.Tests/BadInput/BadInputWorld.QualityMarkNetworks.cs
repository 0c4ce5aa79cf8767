using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.BadInput;

/// The quality mark's network meetings: planning one, and recording who came to one held today, as the LA
/// administrator (one of the coordinator's roles).
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkNetworkPages => ["/quality-mark/networks/new", "/quality-mark/networks/{id:int}/attendance"];

    private static async Task<List<Target>> QualityMarkNetworkTargetsAsync(AscentFixture app)
    {
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var meeting = NetworkMeeting.Plan(app.World.TenantAId, "quality-mark", MeetingPurpose.Workshop, "Bad input workshop", DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime),
                new TimeOnly(10, 0), "Hall", null, [new Invitee(app.World.SettingA1Id, null, "Acorn Day Nursery")], "Ada Admin", app.Time.GetUtcNow());
            db.NetworkMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        return [new(TestWorld.AdminA, "/quality-mark/networks/new"), new(TestWorld.AdminA, $"/quality-mark/networks/{id.ToString(CultureInfo.InvariantCulture)}/attendance")];
    }
}
