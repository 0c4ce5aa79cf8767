using System.Net;
using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Cases;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Funding;

public abstract class FundingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Manager = "manager@ashdown.test";

    private static readonly string[] Everything = [FundingEntitlements.TwoYearOlds, FundingEntitlements.Universal, FundingEntitlements.Extended];

    [Fact]
    public async Task AnInadequateJudgement_ProposesWithdrawingEveryEntitlement_Once()
    {
        var settingId = await NewSettingAsync("EY300001", "Daisy Chain Nursery");
        await JudgeAsync(settingId, "4");
        await JudgeAsync(settingId, "4"); // the same change again: still one proposal

        var proposal = Assert.Single(await DecisionsAsync(settingId));
        Assert.Equal(FundingDecisionState.Proposed, proposal.State);
        Assert.Equal(FundingState.Withdrawn, proposal.ProposedState);
        Assert.Equal(Everything, proposal.EntitlementCodes);
        Assert.Contains("inadequate", proposal.Reason, StringComparison.Ordinal);
        Assert.NotNull(proposal.TriggerEventId);
    }

    [Fact]
    public async Task ARequiresImprovementJudgement_ProposesWithdrawingTwoYearOldFundingOnly()
    {
        var settingId = await NewSettingAsync("EY300002", "Elm Tree Pre-school");
        await JudgeAsync(settingId, "3");

        var proposal = Assert.Single(await DecisionsAsync(settingId));
        Assert.Equal([FundingEntitlements.TwoYearOlds], proposal.EntitlementCodes);
        Assert.Equal(FundingState.Withdrawn, proposal.ProposedState);
        // A good judgement proposes nothing: nothing is withdrawn yet.
        await JudgeAsync(settingId, "2");
        Assert.Single(await DecisionsAsync(settingId));
    }

    [Fact]
    public async Task TheManager_ConfirmsAProposal_TheStatusChanges_AndTheLetterIsAWordDocumentToTheSetting()
    {
        var settingId = await NewSettingAsync("EY300003", "Foxglove Day Nursery");
        await JudgeAsync(settingId, "4");
        var proposalId = Assert.Single(await DecisionsAsync(settingId)).Id;

        using var browser = await SignInAsManagerAsync();
        var list = await browser.GetAsync("/funding");
        Assert.Contains($"/funding/{proposalId}", list.Text, StringComparison.Ordinal);
        var page = await browser.GetAsync($"/funding/{proposalId}");
        var done = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Decision"] = "confirm" });
        Assert.Contains("Change confirmed", done.Text, StringComparison.Ordinal);

        var statuses = await app.WithDbAsync((db, _) => db.FundingStatuses.Where(s => s.SettingId == settingId).ToListAsync());
        Assert.Equal(3, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(FundingState.Withdrawn, s.State));
        Assert.All(statuses, s => Assert.Equal(proposalId, s.DecisionId));

        using var response = await browser.Client.GetAsync($"/funding/{proposalId}?handler=Letter");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var text = WordText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Foxglove Day Nursery", text, StringComparison.Ordinal);
        Assert.Contains("EY300003", text, StringComparison.Ordinal);
        Assert.Contains("We are withdrawing your funding for two-year-olds (FF2), the universal 15 hours and the extended 30 hours for three- and four-year-olds at Foxglove Day Nursery", text, StringComparison.Ordinal);
        Assert.Contains("Mo Manager", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);

        var profile = await browser.GetAsync($"/settings/{settingId}");
        Assert.Contains("Withdrawn", profile.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // Already withdrawn: a later requires-improvement judgement has nothing left to propose.
        await JudgeAsync(settingId, "3");
        Assert.Single(await DecisionsAsync(settingId));
    }

    [Fact]
    public async Task TheManager_RejectsAProposal_WithAReason_AndTheStatusStaysAsItWas()
    {
        var settingId = await NewSettingAsync("EY300004", "Hazel Pre-school");
        await JudgeAsync(settingId, "3");
        var proposalId = Assert.Single(await DecisionsAsync(settingId)).Id;

        using var browser = await SignInAsManagerAsync();
        var page = await browser.GetAsync($"/funding/{proposalId}");
        var missing = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Decision"] = "reject" });
        Assert.Contains("Enter why you are rejecting the proposal", missing.ErrorMessages);

        var done = await browser.SubmitAsync(missing, new Dictionary<string, string> { ["Input.Decision"] = "reject", ["Input.RejectionReason"] = "Places are already agreed for this term" });
        Assert.Contains("Proposal rejected", done.Text, StringComparison.Ordinal);
        var decision = Assert.Single(await DecisionsAsync(settingId));
        Assert.Equal(FundingDecisionState.Rejected, decision.State);
        Assert.Equal("Places are already agreed for this term", decision.RejectionReason);
        Assert.Null(decision.Letter);
        Assert.Empty(await app.WithDbAsync((db, _) => db.FundingStatuses.Where(s => s.SettingId == settingId).ToListAsync()));
    }

    [Fact]
    public async Task AnAdviser_SeesProposals_ButCannotDecide_AndSettingStaffCannotSeeFunding()
    {
        var proposalId = (await DecisionsAsync(await JudgedSettingAsync("EY300005", "Ivy House Nursery"))).Single().Id;
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var page = await adviser.GetAsync($"/funding/{proposalId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("main form"));
        var token = (await adviser.GetAsync($"/settings/{app.World.SettingA1Id}/groupings")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await adviser.PostAsync($"/funding/{proposalId}", [new("__RequestVerificationToken", token), new("Input.Decision", "confirm")], follow: false);
        Assert.Contains("/account/access-denied", post.Location, StringComparison.Ordinal);
        Assert.Equal(FundingDecisionState.Proposed, (await DecisionsAsync(await SettingOfAsync(proposalId))).Single().State);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("/account/access-denied", (await owner.GetAsync("/funding", follow: false)).Location, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await owner.GetAsync($"/funding/{proposalId}", follow: false)).Location, StringComparison.Ordinal);
        var profile = await owner.GetAsync($"/settings/{app.World.SettingA1Id}");
        Assert.DoesNotContain("Funding", profile.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherLocalAuthority_CannotSeeOrDecideTheProposals()
    {
        var proposalId = (await DecisionsAsync(await JudgedSettingAsync("EY300006", "Juniper Nursery"))).Single().Id;
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/funding/{proposalId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/funding/{proposalId}?handler=Letter")).Status);
        Assert.DoesNotContain("Juniper Nursery", (await browser.GetAsync("/funding")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompletingAFundingWithdrawalReview_ProposesWithdrawingWhatIsNotAlreadyProposed()
    {
        var settingId = await NewSettingAsync("EY300007", "Kingfisher Pre-school");
        await JudgeAsync(settingId, "3"); // opens a requires-improvement case and proposes withdrawing FF2
        await app.WithDbAsync(async (db, services) =>
        {
            var supportCase = await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.SettingId == settingId && c.Status == CaseStatus.Open);
            var review = CasePlanner.AddEscalation(supportCase, "funding-withdrawal-review", "Funding-withdrawal review", Roles.ImprovementAndStandardsManager, new DateOnly(2027, 1, 8));
            await db.SaveChangesAsync();
            await services.GetRequiredService<CaseWork>().CompleteAsync(supportCase, review, "Insufficient improvement confirmed", null, null, CancellationToken.None);
            await db.SaveChangesAsync();
            return true;
        });

        var decisions = await DecisionsAsync(settingId);
        Assert.Equal(2, decisions.Count);
        var review = decisions.Single(d => d.RuleCode == "insufficient-improvement");
        Assert.Equal([FundingEntitlements.Universal, FundingEntitlements.Extended], review.EntitlementCodes);
        Assert.NotNull(review.TriggerTaskId);
    }

    [Fact]
    public async Task AnUploadedLetterTemplate_IsUsedForTheNextLetter_AndAFileThatIsNotWordIsRefused()
    {
        var settingId = await NewSettingAsync("EY300008", "Larch Day Nursery");
        await JudgeAsync(settingId, "4");
        var proposalId = Assert.Single(await DecisionsAsync(settingId)).Id;
        using var browser = await SignInAsManagerAsync();
        var form = await browser.GetAsync("/funding/letter-template");
        var refused = await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("letter.docx", "not a Word document"u8.ToArray()));
        Assert.Contains("The selected file must be a Word document (.docx)", refused.ErrorMessages);
        var unknown = await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("letter.docx", Docx("Dear {{Proprietor}}")));
        Assert.Contains(unknown.ErrorMessages, m => m.Contains("{{Proprietor}}", StringComparison.Ordinal));

        var saved = await browser.UploadAsync(form, new Dictionary<string, string>(), "Upload", ("ashdown.docx", Docx("Ashdown Council letterhead", "To {{Setting", "Name}} ({{Reference}})")));
        Assert.Contains("Letter template saved", saved.Text, StringComparison.Ordinal);
        await browser.SubmitAsync(await browser.GetAsync($"/funding/{proposalId}"), new Dictionary<string, string> { ["Input.Decision"] = "confirm" });

        var letter = await app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.Id == proposalId).Select(d => d.Letter).SingleAsync());
        var text = WordText(letter!);
        Assert.Contains("Ashdown Council letterhead", text, StringComparison.Ordinal);
        // A placeholder that Word split across two runs is still filled in.
        Assert.Contains("To Larch Day Nursery (EY300008)", text, StringComparison.Ordinal);

        // Back to Ascent's own template, which the other tests' letters use.
        var reset = await browser.SubmitAsync(await browser.GetAsync("/funding/letter-template"), formSelector: "main form[action*='handler=Default']");
        Assert.Contains("Ascent's own template", reset.Text, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync((db, _) => db.FundingLetterTemplates.ToListAsync()));
    }

    private static string WordText(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join('\n', word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    /// A Word document with one paragraph whose text is split into the given runs, as Word itself often does.
    private static byte[] Docx(params string[] runs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve }))), new Paragraph(new Run(new Text(runs[0])))));
        }

        return stream.ToArray();
    }

    private async Task<int> JudgedSettingAsync(string reference, string name)
    {
        var settingId = await NewSettingAsync(reference, name);
        await JudgeAsync(settingId, "3");
        return settingId;
    }

    private Task<int> NewSettingAsync(string reference, string name) => app.WithDbAsync(async (db, _) =>
    {
        var setting = new Setting(app.World.TenantAId, reference, name, "Childcare on non-domestic premises", new DateOnly(2018, 1, 1));
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        return setting.Id;
    });

    private Task<int> SettingOfAsync(int decisionId) =>
        app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.Id == decisionId).Select(d => d.SettingId).SingleAsync());

    private async Task JudgeAsync(int settingId, string overall)
    {
        var date = app.Time.Today();
        var payload = new { FrameworkCode = "ofsted-eif-2019", Number = "9" + settingId, Date = date, InspectionType = "Full inspection", OverallGrade = overall, Grades = new Dictionary<string, string> { ["overall"] = overall } };
        await app.WithDbAsync(async (db, _) =>
        {
            db.ChangeEvents.Add(new ChangeEvent(app.World.TenantAId, settingId, ChangeEventTypes.NewJudgement, $"New judgement: {overall}", JsonSerializer.Serialize(payload), app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
            return true;
        });
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
    }

    private Task<List<FundingDecision>> DecisionsAsync(int settingId) =>
        app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.SettingId == settingId).OrderBy(d => d.Id).ToListAsync());

    private Task<Browser> SignInAsManagerAsync() => app.SignInAsNewLaStaffAsync(Manager, "Mo Manager", Roles.ImprovementAndStandardsManager);
}

public sealed class FundingTestsOnSqlite(SqliteFixture app) : FundingTests<SqliteFixture>(app);

public sealed class FundingTestsOnPostgres(PostgresFixture app) : FundingTests<PostgresFixture>(app);
