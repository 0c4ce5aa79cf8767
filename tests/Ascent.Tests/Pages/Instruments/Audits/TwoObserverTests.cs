using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.Instruments.Audits.AuditFlowSupport;

namespace Ascent.Tests.Pages.Instruments.Audits;

/// A joint observation: each observer fills their own sheet without seeing the other's; once both are complete
/// they compare item by item and agree the scores (a note where they differed); the agreed scores are the result.
public abstract class TwoObserverTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TwoObservers_ObserveIndependently_CompareAgreeAndFinish()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var seniorId = app.World.UserIds[TestWorld.SeniorA];
        var mine = await StartAsync(adviser, app.World.SettingA1Id, "sstew", secondObserver: seniorId.ToString());
        Assert.Empty(mine.ErrorMessages);
        var (auditId, mySheet) = Ids(mine);
        var theirs = await app.WithDbAsync((db, _) => db.AuditSheets.Where(s => s.AuditId == auditId && s.PersonId == seniorId).Select(s => s.Id).SingleAsync());
        await AnswerAllAsync(adviser, mine, _ => "4");

        // The senior adviser cannot read the adviser's answers yet, nor compare, nor agree.
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var hidden = await senior.GetAsync($"/audits/{auditId}/sheets/{mySheet}");
        Assert.Equal(HttpStatusCode.OK, hidden.Status);
        Assert.Contains("when both observers have marked their sheets complete", hidden.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Self-regulation and social development", hidden.Text, StringComparison.Ordinal);
        var overview = await senior.GetAsync($"/audits/{auditId}");
        Assert.Contains("Hidden until both observers have finished", overview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("14 of 14", overview.Text, StringComparison.Ordinal);
        Assert.Contains("compared once both observers", (await senior.GetAsync($"/audits/{auditId}/compare")).Text, StringComparison.Ordinal);

        var adviserSheet = await adviser.GetAsync($"/audits/{auditId}/sheets/{mySheet}");
        var completed = await adviser.SubmitAsync(adviserSheet, formSelector: "main form[action*='handler=Complete']");
        Assert.Contains("Your sheet is complete", completed.Text, StringComparison.Ordinal);

        // Item 1 differs by two points; the rest agree.
        var seniorSheet = await senior.GetAsync($"/audits/{auditId}/sheets/{theirs}");
        await AnswerAllAsync(senior, seniorSheet, n => n == "1" ? "6" : "4");
        seniorSheet = await senior.GetAsync($"/audits/{auditId}/sheets/{theirs}");
        Assert.Empty((await senior.SubmitAsync(seniorSheet, formSelector: "main form[action*='handler=Complete']")).ErrorMessages);

        var compare = await senior.GetAsync($"/audits/{auditId}/compare");
        Assert.Contains("13 of 14 items (93%)", compare.Text, StringComparison.Ordinal);
        Assert.Contains("Differs by 2 points", compare.Text, StringComparison.Ordinal);
        // Now each may read the other's sheet.
        Assert.Contains("Self-regulation and social development", (await senior.GetAsync($"/audits/{auditId}/sheets/{mySheet}")).Text, StringComparison.Ordinal);

        // Agreeing: item 1 starts empty (never an average), the rest start at the shared answer; a note is needed for item 1.
        var agree = await adviser.GetAsync($"/audits/{auditId}/agree");
        Assert.Null(agree.Document.QuerySelector("input[name='Items[0].Value'][checked]"));
        Assert.NotNull(agree.Document.QuerySelector("input[name='Items[1].Value'][value='4'][checked]"));
        var noNote = await adviser.SubmitAsync(agree, new Dictionary<string, string> { ["Items[0].Value"] = "5" });
        Assert.Contains("Item 1, Self-regulation and social development: the observers differed (4 and 6); say how you agreed the score", noNote.ErrorMessages);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AuditAnswers.CountAsync(a => a.Sheet.AuditId == auditId && a.Sheet.Kind == Ascent.Web.Domain.Instruments.SheetKind.Agreed)));
        var agreed = await adviser.SubmitAsync(agree, new Dictionary<string, string> { ["Items[0].Value"] = "5", ["Items[0].Note"] = "Seen at lunch and at tidy-up time" });
        Assert.Contains("you can now finish the audit", agreed.Text, StringComparison.Ordinal);

        var finished = await FinishAsync(adviser, auditId);
        Assert.Contains("Audit finished", finished.Text, StringComparison.Ordinal);
        // (5 + 13 × 4) / 14 = 4.07: the agreed sheet, not either observer's.
        Assert.Equal(4.07m, await app.WithDbAsync((db, _) => db.Audits.Where(a => a.Id == auditId).Select(a => a.Total).SingleAsync()));
    }

    [Fact]
    public async Task AnObserver_CannotWriteOnTheOthersSheet()
    {
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var seniorId = app.World.UserIds[TestWorld.SeniorA];
        var mine = await StartAsync(adviser, app.World.SettingA1Id, "ecers-3", secondObserver: seniorId.ToString());
        var (auditId, _) = Ids(mine);
        var theirs = await app.WithDbAsync((db, _) => db.AuditSheets.Where(s => s.AuditId == auditId && s.PersonId == seniorId).Select(s => s.Id).SingleAsync());
        var page = await adviser.GetAsync($"/audits/{auditId}/sheets/{theirs}");
        Assert.Null(page.Document.QuerySelector("main form[data-autosave]"));
        var (status, _) = await AutosaveAsync(adviser, page, "1", "5", 0);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AuditAnswers.CountAsync(a => a.SheetId == theirs)));
    }
}

public sealed class TwoObserverTestsOnSqlite(SqliteFixture app) : TwoObserverTests<SqliteFixture>(app);

public sealed class TwoObserverTestsOnPostgres(PostgresFixture app) : TwoObserverTests<PostgresFixture>(app);
