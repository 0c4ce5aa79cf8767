using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Instruments.Audits.AuditFlowSupport;

namespace Ascent.Tests.Pages.Instruments.Audits;

/// One observer's audit without JavaScript: start, fill page by page, errors naming the item, finish (locked, with
/// its total), and a correction as an amendment.
public abstract class AuditJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Checklist_IsStartedFilledFinishedAndAmended_ByTheSettingsOwner()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var sheet = await StartAsync(owner, app.World.SettingA1Id, "safeguarding-and-welfare-requirements");
        Assert.Empty(sheet.ErrorMessages);
        var (auditId, _) = Ids(sheet);
        Assert.Contains("0 of ", sheet.Text, StringComparison.Ordinal);

        // A checklist is one page; item 3 partly met, the rest met.
        var audit = await AnswerAllAsync(owner, sheet, n => n == "3" ? "partly-met" : "met");
        Assert.Equal($"/audits/{auditId}", audit.Url);
        var count = (await app.WithDbAsync((db, _) => db.AuditAnswers.CountAsync(a => a.Sheet.AuditId == auditId)));
        Assert.Contains($"{count} of {count} items answered", audit.Text, StringComparison.Ordinal);

        var finished = await FinishAsync(owner, auditId);
        Assert.Contains("Audit finished", finished.Text, StringComparison.Ordinal);
        var expected = Math.Round(100m * (count - 1) / count, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, await app.WithDbAsync((db, _) => db.Audits.Where(a => a.Id == auditId).Select(a => a.Total).SingleAsync()));
        Assert.Contains("Finished", finished.Heading, StringComparison.Ordinal);

        // Locked: the sheet is read only and a post to it is refused.
        var locked = await owner.GetAsync(sheet.Url);
        Assert.Null(locked.Document.QuerySelector("main form[data-autosave]"));
        var (refused, _) = await AutosaveAsync(owner, locked, "1", "not-met", 1);
        Assert.Equal(HttpStatusCode.Forbidden, refused);

        // The correction needs a reason, then is listed with the old and new answers.
        var amend = await owner.GetAsync($"/audits/{auditId}/amend?item=3");
        var noReason = await owner.SubmitAsync(amend, new Dictionary<string, string> { ["Value"] = "met" });
        Assert.Contains("Say why the answer is being corrected", noReason.ErrorMessages);
        var same = await owner.SubmitAsync(amend, new Dictionary<string, string> { ["Value"] = "partly-met", ["Reason"] = "Checked again" });
        Assert.Contains("That is the answer already recorded: choose the corrected one", same.ErrorMessages);
        var amended = await owner.SubmitAsync(amend, new Dictionary<string, string> { ["Value"] = "met", ["Reason"] = "The records were in the office" });
        Assert.Empty(amended.ErrorMessages);
        Assert.Contains("The records were in the office", amended.Text, StringComparison.Ordinal);
        Assert.Contains("Partly met", amended.Text, StringComparison.Ordinal);
        Assert.Equal(100m, await app.WithDbAsync((db, _) => db.Audits.Where(a => a.Id == auditId).Select(a => a.Total).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.AuditAmendments.CountAsync(a => a.AuditId == auditId)));
    }

    [Fact]
    public async Task RatingScale_BadValuesNameTheItem_AndSaveNothingOfThatPage()
    {
        var room = await AddRoomAsync(app, app.World.SettingA1Id, "Pre-school room");
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var sheet = await StartAsync(adviser, app.World.SettingA1Id, "ecers-3", room);
        var (auditId, _) = Ids(sheet);
        Assert.Contains("Space and Furnishings", sheet.Heading, StringComparison.Ordinal);
        Assert.Contains("0 of 35 items answered", sheet.Text, StringComparison.Ordinal);

        var bad = await AnswerPageAsync(adviser, sheet, n => n == "2" ? "9" : n == "3" ? "na" : "5");
        Assert.Contains("Item 2, Furnishings for care, play, and learning: the score must be a whole number from 1 to 7", bad.ErrorMessages);
        Assert.Contains("Item 3, Room arrangement for play and learning, cannot be not applicable: choose an answer", bad.ErrorMessages);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AuditAnswers.CountAsync(a => a.Sheet.AuditId == auditId)));

        var next = await AnswerPageAsync(adviser, sheet, _ => "5");
        Assert.Contains("Personal Care Routines", next.Heading, StringComparison.Ordinal);
        Assert.Contains("7 of 35 items answered", next.Text, StringComparison.Ordinal);

        // Finishing lists what is missing, naming the items.
        var missing = await FinishAsync(adviser, auditId);
        Assert.Contains("Item 8, Meals/snacks, is not answered yet", missing.ErrorMessages);
        Assert.Equal(28, missing.ErrorMessages.Count);
        Assert.Equal(AuditStatus.InProgress, await app.WithDbAsync((db, _) => db.Audits.Where(a => a.Id == auditId).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Start_ChecksWhatIsChosen()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var start = await adviser.GetAsync($"/settings/{app.World.SettingA1Id}/audits/new");
        // Rating scales and checklists of a setting or room; never the Leuven screening.
        Assert.Contains("compatible with ECERS-3", start.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leuven", start.Text, StringComparison.Ordinal);
        var senior = app.World.UserIds[TestWorld.SeniorA].ToString();
        var before = await app.WithDbAsync((db, _) => db.Audits.CountAsync());

        var nothing = await adviser.SubmitAsync(start, new Dictionary<string, string> { ["ObservedOn.Day"] = "", ["ObservedOn.Month"] = "", ["ObservedOn.Year"] = "" });
        Assert.Contains("Choose what you are auditing with", nothing.ErrorMessages);
        Assert.Contains("Enter the date you observed", nothing.ErrorMessages);

        var wrong = await adviser.SubmitAsync(start, new Dictionary<string, string>
        {
            ["Instrument"] = "safeguarding-and-welfare-requirements",
            ["Mode"] = "indicators",
            ["SecondObserver"] = senior,
            ["ObservedOn.Year"] = "2027",
        });
        Assert.Contains("The date observed must be today or in the past", wrong.ErrorMessages);
        Assert.Contains("Safeguarding and welfare requirements audit has no indicator texts in Ascent for your local authority: record item scores", wrong.ErrorMessages);
        Assert.Contains("Safeguarding and welfare requirements audit is done by one observer: choose nobody as the second observer", wrong.ErrorMessages);
        Assert.Equal(before, await app.WithDbAsync((db, _) => db.Audits.CountAsync()));
    }

    [Fact]
    public async Task Autosave_SavesOneItem_AndNeverOverwritesAChangeMadeElsewhere()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var room = await AddRoomAsync(app, app.World.SettingA1Id, "Toddler room");
        var sheet = await StartAsync(adviser, app.World.SettingA1Id, "sstew", room);
        var (auditId, sheetId) = Ids(sheet);

        var (status, json) = await AutosaveAsync(adviser, sheet, "1", "4", 0, "Calm transitions");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("saved").GetBoolean());
        Assert.Equal(1, json.GetProperty("answered").GetInt32());
        Assert.Equal(14, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("items")[0].GetProperty("version").GetInt32());
        Assert.Equal("9am", json.GetProperty("savedAt").GetString());

        // Another tab still showing version 0 changes the same item: refused, naming the item and what it says now.
        var (conflict, conflictJson) = await AutosaveAsync(adviser, sheet, "1", "6", 0);
        Assert.Equal(HttpStatusCode.Conflict, conflict);
        var message = conflictJson.GetProperty("conflicts")[0].GetProperty("message").GetString()!;
        Assert.StartsWith("Item 1, Self-regulation and social development, was changed on another device or in another tab", message, StringComparison.Ordinal);
        Assert.Contains("it is now 4", message, StringComparison.Ordinal);
        Assert.Equal(4, await app.WithDbAsync((db, _) => db.AuditAnswers.Where(a => a.SheetId == sheetId && a.ItemNumber == "1").Select(a => a.Score).SingleAsync()));

        // A bad value is a 400 naming the item, and saves nothing.
        var (bad, badJson) = await AutosaveAsync(adviser, sheet, "2", "8", 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("Item 2", badJson.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        // The page without JavaScript, loaded before the change, is refused the same way and shows what is there now.
        var stale = await AnswerPageAsync(adviser, sheet, n => n == "1" ? "2" : "3");
        Assert.Contains(stale.ErrorMessages, m => m.StartsWith("Item 1, Self-regulation and social development, was changed on another device", StringComparison.Ordinal));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.AuditAnswers.CountAsync(a => a.SheetId == sheetId)));

        // Someone else's sheet is not theirs to save on.
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var seen = await senior.GetAsync($"/audits/{auditId}/sheets/{sheetId}");
        Assert.Null(seen.Document.QuerySelector("main form[data-autosave]"));
        var (forbidden, _) = await AutosaveAsync(senior, seen, "2", "5", 0);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
    }
}

public sealed class AuditJourneyTestsOnSqlite(SqliteFixture app) : AuditJourneyTests<SqliteFixture>(app);

public sealed class AuditJourneyTestsOnPostgres(PostgresFixture app) : AuditJourneyTests<PostgresFixture>(app);
