using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Pages.QualityMark.PortfolioSeed;
using InstrumentAudit = Ascent.Web.Domain.Instruments.Audit;

namespace Ascent.Tests.Pages.QualityMark.Portfolio;

/// The portfolio counts real rows: audits of the named instruments in the accreditation year (the right third of
/// it), screening rounds with action points, of the setting's own; the LA reads it, another setting cannot. The
/// allocated evaluator or a coordinator signs requirements off, and a sign-off made from a stale page is refused.
public abstract class PortfolioTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Initial = "An initial environment rating audit (compatible with ECERS-3 or ITERS-3), reviewed with the evaluator";
    private const string End = "An end-of-year environment rating audit (compatible with ECERS-3 or ITERS-3), reviewed with the evaluator";
    private const string Leadership = "The leadership audit, monitored and reviewed by the evaluator";
    private const string Screening = "Leuven screening of well-being and involvement three times in the year, with action points";
    private const string CaseStudies = "Two action-research case studies carried out over the year";

    [Fact]
    public async Task Portfolio_CountsTheSettingsOwnEvidenceInThePeriod_AndOnlyTheSettingAndItsLaOpenIt()
    {
        var a1 = await AcceptedAsync(app, app.World.SettingA1Id, "Portfolio cohort A1");
        var a2 = await AcceptedAsync(app, app.World.SettingA2Id, "Portfolio cohort A2");
        await SeedEvidenceAsync();

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync($"/quality-mark/accreditations/{a1}/portfolio");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Evidence counts from 1 September 2026 to 1 September 2027.", page.Text, StringComparison.Ordinal);
        var statuses = Statuses(page);
        Assert.Equal("Done", statuses[Initial]);
        Assert.Equal("Not started", statuses[End]);
        Assert.Equal("In progress", statuses[Leadership]);
        Assert.Equal("In progress", statuses[Screening]);
        Assert.Equal("Not started", statuses[CaseStudies]);
        var initial = Block(page, "An initial");
        Assert.Contains("1 of 1 finished audit between 1 September 2026 and 31 December 2026.", initial, StringComparison.Ordinal);
        Assert.Contains("1 November 2026: not finished yet", initial, StringComparison.Ordinal);
        // Before the year, and another setting's audit, are not the portfolio's.
        Assert.DoesNotContain("1 June 2026", initial, StringComparison.Ordinal);
        Assert.DoesNotContain("3 October 2026", initial, StringComparison.Ordinal);
        Assert.Contains("Waiting for the evaluator's review and sign-off.", Block(page, "The leadership audit"), StringComparison.Ordinal);
        Assert.Contains("1 of 3 screening rounds with action points. 1 round has no action points yet.", Block(page, "Leuven"), StringComparison.Ordinal);
        Assert.Contains("Autumn check (10 October 2026): 1 action point", Block(page, "Leuven"), StringComparison.Ordinal);
        Assert.DoesNotContain("Not recorded yet", Block(page, "Leuven"), StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("main a"), a => a.TextContent.Contains("Sign off", StringComparison.Ordinal));
        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/quality-mark/accreditations/{a1}/case-studies/new");

        // The LA reads every setting's; the other setting gets its own audit counted and cannot open A1's.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        Assert.Equal("Done", Statuses(await adviser.GetAsync($"/quality-mark/accreditations/{a1}/portfolio"))[Initial]);
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/quality-mark/accreditations/{a1}/portfolio")).Status);
        Assert.Equal("Done", Statuses(await other.GetAsync($"/quality-mark/accreditations/{a2}/portfolio"))[Initial]);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/accreditations/{a1}/portfolio")).Status);

        // A review's portfolio waits for the award; a stage the scheme does not have is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/quality-mark/accreditations/{a1}/portfolio/annual-review-1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/quality-mark/accreditations/{a1}/portfolio/annual-review-9")).Status);
    }

    [Fact]
    public async Task ReAccreditation_ChecksTheEntryCriteriaAgain_FromTheSettingsDataToday()
    {
        var (evaluator, evaluatorId) = await EvaluatorAsync(app);
        evaluator.Dispose();
        var id = await AcceptedAsync(app, app.World.SettingA1Id, "Portfolio cohort re-accreditation", evaluatorId);
        var criteria = await app.WithDbAsync(async (db, services) =>
        {
            var accreditation = await db.Accreditations.SingleAsync(a => a.Id == id);
            accreditation.Recommend("quality-mark", "Both units evidenced.", new DateOnly(2027, 7, 1));
            accreditation.Decide("quality-mark", new DateOnly(2027, 7, 15), "QM-2027-0001");
            await db.SaveChangesAsync();
            return services.GetRequiredService<Web.Domain.QualityMark.SchemeLibrary>().Find("quality-mark")!.EntryCriteria.Select(c => c.Name).ToList();
        });

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync($"/quality-mark/accreditations/{id}/portfolio/reaccreditation");
        var block = Block(page, "The setting still meets the entry criteria");
        Assert.Contains($"of {criteria.Count} entry criteria met as Ascent checks them today.", block, StringComparison.Ordinal);
        Assert.All(criteria, name => Assert.Contains(name + ": ", block, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAllocatedEvaluator_SignsARequirementOff_AndAStaleSignOffIsRefused()
    {
        var (evaluator, evaluatorId) = await EvaluatorAsync(app);
        var id = await AcceptedAsync(app, app.World.SettingA1Id, "Sign-off cohort", evaluatorId);
        var signOffUrl = $"/quality-mark/accreditations/{id}/portfolio/accreditation/leadership-audit/sign-off";

        var portfolio = await evaluator.GetAsync($"/quality-mark/accreditations/{id}/portfolio");
        Assert.Contains(portfolio.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == signOffUrl);
        var form = await evaluator.GetAsync(signOffUrl);
        Assert.Equal(Leadership, form.Heading);
        var missing = await evaluator.SubmitAsync(form, new Dictionary<string, string> { ["Comment"] = "Reviewed." });
        Assert.Equal(["Select whether the requirement is signed off"], missing.ErrorMessages);

        var saved = await evaluator.SubmitAsync(form, new Dictionary<string, string> { ["SignedOff"] = "yes", ["Comment"] = "Reviewed together at the first visit." });
        Assert.Equal($"/quality-mark/accreditations/{id}/portfolio", saved.Url);
        Assert.Equal("Signed off by the evaluator", Statuses(saved)[Leadership]);
        Assert.Contains("Signed off by Eve Evaluator on 23 November 2026:", Block(saved, "The leadership audit"), StringComparison.Ordinal);

        // Two people open the same sign-off; the second to save is told, and the first's change stands.
        using var coordinator = app.NewBrowser();
        await coordinator.SignInAsync(TestWorld.AdminA);
        var theirs = await coordinator.GetAsync(signOffUrl);
        var mine = await evaluator.GetAsync(signOffUrl);
        await coordinator.SubmitAsync(theirs, new Dictionary<string, string> { ["SignedOff"] = "no", ["Comment"] = "Only half of the audit was reviewed." });
        var stale = await evaluator.SubmitAsync(mine, new Dictionary<string, string> { ["SignedOff"] = "yes", ["Comment"] = "Reviewed again." });
        Assert.Equal(["Someone else changed this sign-off while you had it open. It is shown as it is now: check it and save again"], stale.ErrorMessages);
        var row = await app.WithDbAsync((db, _) => db.RequirementSignOffs.SingleAsync(s => s.AccreditationId == id));
        Assert.Equal((false, "Only half of the audit was reviewed.", 2), (row.SignedOff, row.Comment, row.Version));
        // The form opens as it is now; saving it unchanged changes nothing.
        var unchanged = await evaluator.SubmitAsync(await evaluator.GetAsync(signOffUrl));
        Assert.Contains("Nothing changed.", unchanged.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await app.WithDbAsync((db, _) => db.RequirementSignOffs.SingleAsync(s => s.AccreditationId == id))).Version);
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.EntityType == "RequirementSignOff")));

        // The setting reads the comment; neither the setting nor another evaluator may sign off.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("Only half of the audit was reviewed.", (await owner.GetAsync($"/quality-mark/accreditations/{id}/portfolio")).Text, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", (await owner.GetAsync(signOffUrl, follow: false)).Location, StringComparison.Ordinal);
        var (otherEvaluator, _) = await EvaluatorAsync(app, OtherEvaluatorEmail);
        using (otherEvaluator)
        {
            Assert.Contains("/account/access-denied", (await otherEvaluator.GetAsync(signOffUrl, follow: false)).Location, StringComparison.Ordinal);
            Assert.Empty((await otherEvaluator.GetAsync($"/quality-mark/accreditations/{id}/portfolio")).Document.QuerySelectorAll("main a[href$='/sign-off']"));
        }

        evaluator.Dispose();
    }

    private Task SeedEvidenceAsync() => app.WithDbAsync(async (db, services) =>
    {
        var catalogue = services.GetRequiredService<InstrumentCatalogue>();
        var a1 = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
        var a2 = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA2Id);
        var at = app.Time.GetUtcNow();
        InstrumentAudit Finished(Setting setting, string code, DateOnly on)
        {
            var audit = new InstrumentAudit(setting, null, catalogue.Get(code), AuditMode.ItemScores, on, "Olu Owner", at);
            audit.Finish("Olu Owner", at, 5m);
            return audit;
        }

        db.Audits.AddRange(
            Finished(a1, "ecers-3", new DateOnly(2026, 10, 1)),
            Finished(a1, "leadership", new DateOnly(2026, 10, 2)),
            Finished(a1, "ecers-3", new DateOnly(2026, 6, 1)),
            new InstrumentAudit(a1, null, catalogue.Get("iters-3"), AuditMode.ItemScores, new DateOnly(2026, 11, 1), "Olu Owner", at),
            Finished(a2, "ecers-3", new DateOnly(2026, 10, 3)));
        var room = new Room(a1, "Portfolio room", "3 and 4");
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        var autumn = new ScreeningRound(room, "Autumn check", new DateOnly(2026, 10, 10), "Olu Owner");
        var november = new ScreeningRound(room, "November check", new DateOnly(2026, 11, 10), "Olu Owner");
        var unrecorded = new ScreeningRound(room, "Not recorded yet", new DateOnly(2026, 11, 20), "Olu Owner");
        db.ScreeningRounds.AddRange(autumn, november, unrecorded);
        autumn.Keep(ScreeningSummary.Of([(3, 4), (2, 3)]), "Olu Owner", at);
        november.Keep(ScreeningSummary.Of([(4, 4)]), "Olu Owner", at);
        await db.SaveChangesAsync();
        db.RoomActionPoints.Add(new RoomActionPoint(autumn, "More time outdoors", "Room leader", new DateOnly(2026, 12, 1), "Olu Owner", at));
        await db.SaveChangesAsync();
        return true;
    });
}

public sealed class PortfolioTestsOnSqlite(SqliteFixture app) : PortfolioTests<SqliteFixture>(app);

public sealed class PortfolioTestsOnPostgres(PostgresFixture app) : PortfolioTests<PostgresFixture>(app);
