using Ascent.Tests.Support;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits.Templates;

/// An LA's own note templates: they start its next notes, and no other LA sees them.
public abstract class TemplatesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AnLasOwnTemplate_StartsItsNextNotes_AndOtherLasKeepAscentsTemplate()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var list = await admin.GetAsync("/visits/templates");
        Assert.Contains("Ascent's", list.Document.Body!.TextContent, StringComparison.Ordinal);
        var form = await admin.GetAsync("/visits/templates/pathway");
        var saved = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Name"] = "Ashdown support visit",
            ["Agenda"] = "1. Welcome\n2. The Ashdown improvement plan",
            ["DiscussionPrompt"] = "Record what you saw of the children's experience first.",
        });
        Assert.Contains("Your local authority's", saved.Document.Body!.TextContent, StringComparison.Ordinal);

        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, new DateOnly(2026, 11, 24), "1pm");
        // The visit's own agenda wins over the template's; its guidance comes from the LA's template.
        var note = await StartNoteAsync(adviser, visitId);
        Assert.Contains("Ashdown support visit", note.Text, StringComparison.Ordinal);
        Assert.Contains("Record what you saw of the children's experience first.", note.Document.Body!.TextContent, StringComparison.Ordinal);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.DoesNotContain("Ashdown support visit", (await otherLa.GetAsync("/visits/templates")).Text, StringComparison.Ordinal);
    }
}

public sealed class TemplatesTestsOnSqlite(SqliteFixture app) : TemplatesTests<SqliteFixture>(app);

public sealed class TemplatesTestsOnPostgres(PostgresFixture app) : TemplatesTests<PostgresFixture>(app);
