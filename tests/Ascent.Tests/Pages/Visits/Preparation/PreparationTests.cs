using Ascent.Tests.Support;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits.Preparation;

/// The setting's part before a visit: its checklist, what has happened, what it wants to discuss, documents.
public abstract class PreparationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Post_SavesTheSettingsPreparation_AndTheAdviserSeesIt()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, new DateOnly(2026, 11, 23), "10am");
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var prep = await owner.GetAsync($"/visits/{visitId}/preparation");
        var saved = await owner.UploadAsync(prep, new Dictionary<string, string>
        {
            ["Checklist"] = "alerted-staff",
            ["SinceLastVisit"] = "We have a new room leader for the two-year-olds.",
            ["ToDiscuss"] = "Staff supervision",
        }, "Files", ("improvement-plan.docx", [0x50, 0x4B, 3, 4]));

        Assert.Contains("Your preparation is saved", saved.Text, StringComparison.Ordinal);
        var seen = await adviser.GetAsync($"/visits/{visitId}");
        Assert.Contains("1 of 4 checklist items done", seen.Text, StringComparison.Ordinal);
        Assert.Contains("We have a new room leader", seen.Text, StringComparison.Ordinal);
        Assert.Contains("improvement-plan.docx", seen.Text, StringComparison.Ordinal);
    }
}

public sealed class PreparationTestsOnSqlite(SqliteFixture app) : PreparationTests<SqliteFixture>(app);

public sealed class PreparationTestsOnPostgres(PostgresFixture app) : PreparationTests<PostgresFixture>(app);
