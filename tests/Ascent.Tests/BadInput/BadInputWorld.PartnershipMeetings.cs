using System.Globalization;
using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// Partnerships' meetings: planning, the meeting page's buttons, changing, the agenda, attendance and minutes of a
/// meeting held today, and cancelling (last: it ends the meeting), as the LA administrator.
public sealed partial class BadInputWorld
{
    private static string[] PartnershipMeetingPages =>
    [
        "/partnerships/{id:int}/meetings/new", "/meetings/{id:int}", "/meetings/{id:int}/edit", "/meetings/{id:int}/cancel",
        "/meetings/{id:int}/agenda", "/meetings/{id:int}/attendance", "/meetings/{id:int}/minutes",
    ];

    private static async Task<List<Target>> PartnershipMeetingTargetsAsync(AscentFixture app)
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var (partnership, ids) = await PartnershipMeetingSeed.CreateAsync(app, today, today.AddDays(30), today.AddDays(40));
        static string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            // The meeting's own page first: once its attendance is taken it is held, and offers no invitation.
            new(TestWorld.AdminA, $"/partnerships/{I(partnership)}/meetings/new"), new(TestWorld.AdminA, $"/meetings/{I(ids[0])}"),
            new(TestWorld.AdminA, $"/meetings/{I(ids[0])}/agenda"), new(TestWorld.AdminA, $"/meetings/{I(ids[0])}/attendance"),
            new(TestWorld.AdminA, $"/meetings/{I(ids[0])}/minutes"), new(TestWorld.AdminA, $"/meetings/{I(ids[1])}/edit"),
            new(TestWorld.AdminA, $"/meetings/{I(ids[2])}/cancel"),
        ];
    }
}
