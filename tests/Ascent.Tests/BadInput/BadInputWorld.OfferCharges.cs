using System.Globalization;
using Ascent.Tests.Pages.Offer;
using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// Registers and charges: a course held today with two sessions (its register and the sign-in sheet upload), and an
/// arranged service to mark delivered, as the LA administrator.
public sealed partial class BadInputWorld
{
    private static string[] OfferChargePages =>
    [
        "/offer/{id:int}/register", "/offer/{id:int}/register/import", "/bookings/{id:int}/delivered",
    ];

    private static async Task<List<Target>> OfferChargeTargetsAsync(AscentFixture app)
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var course = await OfferChargesWorld.CourseAsync(app, "Bad input course", 5000, [today, today],
            [(app.World.SettingA1Id, "Pat One"), (app.World.SettingA2Id, "Sol Two")]);
        var service = await OfferChargesWorld.ArrangedServiceAsync(app, app.World.SettingA1Id, 2000);
        static string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, $"/offer/{I(course.ItemId)}/register"), new(TestWorld.AdminA, $"/offer/{I(course.ItemId)}/register/import"),
            new(TestWorld.AdminA, $"/bookings/{I(service)}/delivered"),
        ];
    }
}
