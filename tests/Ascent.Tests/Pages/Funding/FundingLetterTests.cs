using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Funding;

/// The letter a confirmed funding decision makes: previewed on the decision page, then the same text in Word.
public abstract class FundingLetterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Manager = "letters.manager@ashdown.test";

    [Fact]
    public async Task ThePreview_NamesTheRegisteredPersonAtTheSettingsAddress_AndTheWordLetterSaysTheSame()
    {
        var settingId = await NewSettingAsync("EY310001", "Meadow Lane Nursery", "Meadow Lane Childcare Ltd");
        await JudgeAsync(settingId, "3");
        var proposalId = Assert.Single(await DecisionsAsync(settingId)).Id;

        using var browser = await SignInAsManagerAsync();
        var page = await browser.GetAsync($"/funding/{proposalId}");
        var preview = Preview(page);
        Assert.Contains("Meadow Lane Childcare Ltd\nMeadow Lane Nursery\n14 Meadow Lane\nAshdown\nAS1 4ML", preview, StringComparison.Ordinal);
        Assert.Contains("Dear Meadow Lane Childcare Ltd,", preview, StringComparison.Ordinal);
        // No term recorded: the next of the standard funding terms after 23 November 2026.
        Assert.Contains("We are withdrawing your funding for two-year-olds (FF2) at Meadow Lane Nursery from 1 January 2027, the start of the next funding term.",
            preview, StringComparison.Ordinal);
        Assert.DoesNotContain("registered person", preview, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("funding of", preview, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("{{", preview, StringComparison.Ordinal);

        var done = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Decision"] = "confirm" });
        Assert.Contains("Change confirmed", done.Text, StringComparison.Ordinal);
        Assert.Contains("1 January 2027", done.Document.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        var decision = Assert.Single(await DecisionsAsync(settingId));
        Assert.Equal(new DateOnly(2027, 1, 1), decision.EffectiveOn);
        Assert.Equal(preview, WordText(decision.Letter!));
    }

    [Fact]
    public async Task WithoutARegisteredPersonsName_TheLetterIsToTheSetting_AndTheEffectiveDateFollowsTheLasRule()
    {
        var settingId = await NewSettingAsync("EY310002", "Willow Pre-school", null);
        await JudgeAsync(settingId, "4");
        var proposalId = Assert.Single(await DecisionsAsync(settingId)).Id;
        using var browser = await SignInAsManagerAsync();

        // The LA's recorded terms come first.
        var termId = await app.WithDbAsync(async (db, _) =>
        {
            var term = new SchoolTerm(app.World.TenantAId, "Spring 2027", new DateOnly(2027, 1, 5), new DateOnly(2027, 4, 1));
            db.SchoolTerms.Add(term);
            await db.SaveChangesAsync();
            return term.Id;
        });
        var preview = Preview(await browser.GetAsync($"/funding/{proposalId}"));
        Assert.Contains("Dear Willow Pre-school,", preview, StringComparison.Ordinal);
        Assert.Contains("We are withdrawing your funding for two-year-olds (FF2), the universal 15 hours and the extended 30 hours for three- and four-year-olds at Willow Pre-school from 5 January 2027, the start of the next funding term.",
            preview, StringComparison.Ordinal);

        var template = await browser.GetAsync("/funding/letter-template");
        const string Effective = "main form[action*='handler=Effective']";
        var refused = await browser.SubmitAsync(template, new Dictionary<string, string> { ["Effective.From"] = "days-after", ["Effective.Days"] = "400" }, Effective);
        Assert.Contains($"The number of days must be {FundingEffectiveDateRule.MaxDays} or fewer", refused.ErrorMessages);
        var saved = await browser.SubmitAsync(template, new Dictionary<string, string> { ["Effective.From"] = "days-after", ["Effective.Days"] = "28" }, Effective);
        Assert.Contains("Funding changes now take effect 28 days after the decision", saved.Text, StringComparison.Ordinal);

        var page = await browser.GetAsync($"/funding/{proposalId}");
        preview = Preview(page);
        Assert.Contains("at Willow Pre-school from 21 December 2026.", preview, StringComparison.Ordinal);
        await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Decision"] = "confirm" });
        var decision = Assert.Single(await DecisionsAsync(settingId));
        Assert.Equal(new DateOnly(2026, 12, 21), decision.EffectiveOn);
        Assert.Equal(preview, WordText(decision.Letter!));

        // Back to the default for the class's other test.
        var reset = await browser.SubmitAsync(await browser.GetAsync("/funding/letter-template"), new Dictionary<string, string> { ["Effective.From"] = "next-term", ["Effective.Days"] = "" }, Effective);
        Assert.Contains("start of the next funding term", reset.Text, StringComparison.Ordinal);
        await app.WithDbAsync(async (db, _) => await db.SchoolTerms.Where(t => t.Id == termId).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task ALetterThatChangedSinceThePageWasOpened_IsShownAgain_NotConfirmedUnseen()
    {
        var settingId = await NewSettingAsync("EY310003", "Rowan House Nursery", "Rowan House Ltd");
        await JudgeAsync(settingId, "3");
        var proposalId = Assert.Single(await DecisionsAsync(settingId)).Id;
        using var browser = await SignInAsManagerAsync();
        var page = await browser.GetAsync($"/funding/{proposalId}");

        // The register changes the registered person while the manager reads the letter.
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
            setting.RegisteredPersonName = "Rowan House Childcare Ltd";
            await db.SaveChangesAsync();
            return true;
        });
        var again = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Decision"] = "confirm" });
        Assert.Contains("The letter has changed since you opened this page: check it below, then confirm again", again.ErrorMessages);
        Assert.Equal(FundingDecisionState.Proposed, Assert.Single(await DecisionsAsync(settingId)).State);
        Assert.Contains("Dear Rowan House Childcare Ltd,", Preview(again), StringComparison.Ordinal);

        await browser.SubmitAsync(again, new Dictionary<string, string> { ["Input.Decision"] = "confirm" });
        var decision = Assert.Single(await DecisionsAsync(settingId));
        Assert.Equal(FundingDecisionState.Confirmed, decision.State);
        Assert.Contains("Dear Rowan House Childcare Ltd,", WordText(decision.Letter!), StringComparison.Ordinal);
    }

    // The preview's paragraphs, a line break within one as "\n", as the Word letter's are read below.
    private static string Preview(Page page)
    {
        var paragraphs = page.Document.QuerySelectorAll("main .app-letter-preview p").Select(p => p.TextContent.Trim()).ToList();
        Assert.NotEmpty(paragraphs);
        return string.Join('\n', paragraphs);
    }

    private static string WordText(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e is Text t ? t.Text : e is Break ? "\n" : "")))
            .Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join('\n', paragraphs);
    }

    private Task<int> NewSettingAsync(string reference, string name, string? registeredPerson) => app.WithDbAsync(async (db, _) =>
    {
        var setting = new Setting(app.World.TenantAId, reference, name, "Childcare on non-domestic premises", new DateOnly(2018, 1, 1))
        {
            RegisteredPersonName = registeredPerson,
            AddressLine1 = reference == "EY310001" ? "14 Meadow Lane" : "2 Church Street",
            Town = "Ashdown",
            Postcode = reference == "EY310001" ? "AS1 4ML" : "AS2 1CS",
        };
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        return setting.Id;
    });

    private async Task JudgeAsync(int settingId, string overall)
    {
        var date = app.Time.Today();
        var payload = new { FrameworkCode = "ofsted-eif-2019", Number = "8" + settingId, Date = date, InspectionType = "Full inspection", OverallGrade = overall, Grades = new Dictionary<string, string> { ["overall"] = overall } };
        await app.WithDbAsync(async (db, _) =>
        {
            db.ChangeEvents.Add(new ChangeEvent(app.World.TenantAId, settingId, ChangeEventTypes.NewJudgement, $"New judgement: {overall}", JsonSerializer.Serialize(payload), app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
            return true;
        });
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
    }

    private Task<List<FundingDecision>> DecisionsAsync(int settingId) =>
        app.WithDbAsync((db, _) => db.FundingDecisions.AsNoTracking().Where(d => d.SettingId == settingId).OrderBy(d => d.Id).ToListAsync());

    private Task<Browser> SignInAsManagerAsync() => app.SignInAsNewLaStaffAsync(Manager, "Lee Letters", Roles.ImprovementAndStandardsManager);
}

public sealed class FundingLetterTestsOnSqlite(SqliteFixture app) : FundingLetterTests<SqliteFixture>(app);

public sealed class FundingLetterTestsOnPostgres(PostgresFixture app) : FundingLetterTests<PostgresFixture>(app);
