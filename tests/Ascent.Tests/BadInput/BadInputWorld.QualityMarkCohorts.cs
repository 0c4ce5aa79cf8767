using System.Globalization;
using Ascent.Tests.Pages.QualityMark;
using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// The quality mark's cohort and application forms: opening and changing a cohort and deciding an application as
/// the LA's administrator (a coordinator role), applying as Acorn's owner.
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkCohortPages =>
        ["/quality-mark/cohorts/new", "/quality-mark/cohorts/{id:int}/edit", "/quality-mark/cohorts/{id:int}/apply", "/quality-mark/accreditations/{id:int}"];

    private static async Task<List<Target>> QualityMarkCohortTargetsAsync(AscentFixture app)
    {
        var applyTo = await app.CohortAsync("Bad input cohort");
        var decide = await app.ApplicationAsync(await app.CohortAsync("Bad input decisions"), app.World.SettingA2Id);
        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, "/quality-mark/cohorts/new"), new(TestWorld.AdminA, $"/quality-mark/cohorts/{I(applyTo)}/edit"),
            new(TestWorld.OwnerA1, $"/quality-mark/cohorts/{I(applyTo)}/apply"), new(TestWorld.AdminA, $"/quality-mark/accreditations/{I(decide)}"),
        ];
    }
}
