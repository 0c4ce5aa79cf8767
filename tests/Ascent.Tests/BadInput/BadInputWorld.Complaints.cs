using System.Globalization;
using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// Compliments and complaints: recording one, working one (its acknowledgement, learning and sharing forms), and the
/// LA's teams and themes, as the LA administrator.
public sealed partial class BadInputWorld
{
    private static string[] ComplaintPages =>
        ["/complaints/new", "/complaints/{id:int}", "/complaints/teams", "/complaints/teams/{id:int}"];

    private static async Task<List<Target>> ComplaintTargetsAsync(AscentFixture app)
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var complaint = await ComplaintSeed.ComplaintAsync(app, today);
        var team = await ComplaintSeed.TeamAsync(app);
        static string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, "/complaints/new"), new(TestWorld.AdminA, $"/complaints/{I(complaint)}"),
            new(TestWorld.AdminA, "/complaints/teams"), new(TestWorld.AdminA, $"/complaints/teams/{I(team)}"),
        ];
    }
}
