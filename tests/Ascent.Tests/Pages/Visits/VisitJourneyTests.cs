using Ascent.Tests.Support;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.Pages.Visits;

/// The key path of a visit, through its pages: planned from a case's plan, held, written up with a recommendation
/// and an action, issued, and acknowledged by the setting. Each page's own rules are tested beside it.
public abstract class VisitJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly VisitDay = new(2026, 11, 23);

    [Fact]
    public async Task AVisit_IsPlannedHeldWrittenUpIssuedAndAcknowledged()
    {
        MoveClockTo(app, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var supportCase = await OpenAllocatedCaseAsync(app, app.World.SettingA1Id, "3");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var visitId = await PlanCaseVisitAsync(app, adviser, supportCase, VisitDay, "10am");
        await MailAboutAsync(app, "Visit planned: Visit 1, Acorn Day Nursery", visitId, "inviting to the visit");
        await RecordHeldAsync(adviser, visitId);
        var note = await StartNoteAsync(adviser, visitId);
        var values = new Dictionary<string, string>
        {
            ["SeenAndDiscussed"] = "Observed the two-year-old room at lunch.",
            ["Recommendations[0].Text"] = "Introduce termly supervision for every member of staff",
        };
        foreach (var (key, value) in Action(0, "Write a supervision schedule", "Setting", VisitDay.AddDays(14), "new"))
            values[key] = value;
        var issued = await PostNoteAsync(adviser, note, "Issue", values);
        Assert.Empty(issued.ErrorMessages);
        Assert.Contains("Note issued", issued.Text, StringComparison.Ordinal);
        await MailAboutAsync(app, "Note of visit: Visit 1, Acorn Day Nursery", visitId, "issuing the note");

        var read = await owner.GetAsync($"/visits/{visitId}/note");
        Assert.Contains("Introduce termly supervision for every member of staff", read.Text, StringComparison.Ordinal);
        var acknowledged = await owner.SubmitAsync(read, formSelector: "main form[action*='handler=Acknowledge']");
        Assert.Contains("you have acknowledged the note", acknowledged.Text, StringComparison.Ordinal);

        var saved = await app.WithDbAsync((db, _) => db.VisitNotes.IgnoreQueryFilters().Include(n => n.Actions).ThenInclude(a => a.Goal).SingleAsync(n => n.VisitId == visitId));
        Assert.Equal(NoteStatus.Issued, saved.Status);
        Assert.Equal("Olu Owner", saved.AcknowledgedBy);
        Assert.Equal("Write a supervision schedule", Assert.Single(saved.Actions).Goal?.Outcome);
        var history = await owner.GetAsync($"/settings/{app.World.SettingA1Id}/visits");
        Assert.Contains("Write a supervision schedule", history.Text, StringComparison.Ordinal);
    }
}

public sealed class VisitJourneyTestsOnSqlite(SqliteFixture app) : VisitJourneyTests<SqliteFixture>(app);

public sealed class VisitJourneyTestsOnPostgres(PostgresFixture app) : VisitJourneyTests<PostgresFixture>(app);
