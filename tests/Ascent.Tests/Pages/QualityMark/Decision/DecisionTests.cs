using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.QualityMark.Decision;

/// From the evaluator's recommendation to the certificate: the panel with a second reader who is not the evaluator,
/// the setting's one appeal heard by someone off the panel, the award's reference and reviews, the certificate, and
/// what the setting and the public read.
public abstract class DecisionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ANotYetIsAppealedAndUpheld_TheSettingReadsWhy_AndGetsItsCertificateAndReviews()
    {
        var id = await app.AccreditationAsync(app.World.SettingA1Id);
        var url = $"/quality-mark/accreditations/{id}/decision";
        using var evaluator = await app.SignInAsEvaluatorAsync();
        var page = await evaluator.GetAsync(url);
        Assert.Equal("Decision for Acorn Day Nursery", page.Heading);
        page = await evaluator.SubmitAsync(page, Fields(("Input.Level", IndexNotYet), ("Input.Reasons", "Unit B's staff questionnaires are missing.")), "form[action*='handler=Recommend']");
        Assert.Contains("Recommendation sent to the panel", page.Text, StringComparison.Ordinal);
        Assert.Equal(AccreditationStatus.Recommended, (await app.ReadAsync(id)).Status);

        using var coordinator = await app.SignInAsCoordinatorAsync();
        var evaluatorId = await app.UserIdAsync(Evaluator);
        page = await coordinator.GetAsync(url);
        var refused = await coordinator.SubmitAsync(page, Fields(("Input.SecondReader", evaluatorId.ToString()), ("Input.Level", IndexNotYet), ("Input.Reasons", "Not yet.")), "form[action*='handler=Decide']");
        Assert.Contains("The second reader cannot be the setting's evaluator: choose another officer", refused.ErrorMessages);
        Assert.Equal(AccreditationStatus.Recommended, (await app.ReadAsync(id)).Status);
        var adviser = app.World.UserIds[TestWorld.AdviserA];
        page = await coordinator.SubmitAsync(refused, Fields(("Input.SecondReader", adviser.ToString()), ("Input.Level", IndexNotYet), ("Input.Reasons", "Unit B is not evidenced yet.")), "form[action*='handler=Decide']");
        Assert.Contains("The panel's decision is recorded", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AccreditationStatus.NotYet, (await app.ReadAsync(id)).Status);

        // The setting reads the decision and its reasons, and appeals once (grounds required).
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        page = await owner.GetAsync(url);
        Assert.Contains("Unit B is not evidenced yet.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Nadia Brooks (coordinator)", page.Text, StringComparison.Ordinal);
        var empty = await owner.SubmitAsync(page, Fields(("Input.Grounds", " ")), "form[action*='handler=Appeal']");
        Assert.Contains("Enter the grounds for your appeal", empty.ErrorMessages);
        page = await owner.SubmitAsync(empty, Fields(("Input.Grounds", "The questionnaires were uploaded on 1 October.")), "form[action*='handler=Appeal']");
        Assert.Equal(AccreditationStatus.Appealed, (await app.ReadAsync(id)).Status);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Appeal']"));

        // Heard by someone on neither side of the panel: the second reader is refused, a senior adviser is not.
        page = await coordinator.GetAsync(url);
        refused = await coordinator.SubmitAsync(page, Fields(("Input.Hearer", adviser.ToString()), ("Input.Level", "accredited"), ("Input.Reasons", "Found.")), "form[action*='handler=Hear']");
        Assert.Contains("The appeal must be heard by someone who was not on the panel", refused.ErrorMessages);
        var senior = app.World.UserIds[TestWorld.SeniorA];
        await coordinator.SubmitAsync(refused, Fields(("Input.Hearer", senior.ToString()), ("Input.Level", "accredited"), ("Input.Reasons", "The questionnaires were in the portfolio.")), "form[action*='handler=Hear']");

        var awarded = await app.ReadAsync(id);
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        Assert.Equal((AccreditationStatus.Accredited, today), (awarded.Status, awarded.AwardedOn));
        Assert.Matches($"^QM-{today.Year}-[0-9]{{4}}$", awarded.CertificateReference!);
        var reviews = await app.WithDbAsync((db, _) => db.AccreditationReviews.Where(r => r.AccreditationId == id).OrderBy(r => r.DueOn).Select(r => r.DueOn).ToListAsync());
        Assert.Equal([today.AddYears(1), today.AddYears(2), today.AddMonths(36)], reviews);
        var told = await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == app.World.UserIds[TestWorld.OwnerA1]).Select(n => n.Text).ToListAsync());
        Assert.Contains("The appeal has been upheld and the quality mark awarded for Acorn Day Nursery.", told);
        Assert.Contains("The moderation panel's decision is \"not yet\" for Acorn Day Nursery.", told);

        var certificate = await owner.Client.GetAsync($"/quality-mark/accreditations/{id}/certificate");
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await certificate.Content.ReadAsByteArrayAsync()), false);
        var lines = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal([TestWorld.TenantA, "Quality Mark"], lines.Take(2));
        Assert.Contains("Acorn Day Nursery", lines);
        Assert.Contains("URN EY100001", lines);
        Assert.Contains($"Reference {awarded.CertificateReference}", lines);
        Assert.Contains(lines, l => l.StartsWith("First annual review due by ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRegister_ListsOnlyCurrentAccreditations_ToAnyoneWithoutSigningIn_AndAWithdrawnOneLeavesIt()
    {
        var id = await app.AccreditationAsync(app.World.SettingA2Id, recommend: true);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var url = $"/quality-mark/accreditations/{id}/decision";
        var page = await coordinator.GetAsync(url);
        await coordinator.SubmitAsync(page, Fields(("Input.SecondReader", app.World.UserIds[TestWorld.AdviserA].ToString()), ("Input.Level", "accredited"), ("Input.Reasons", "Both units evidenced.")), "form[action*='handler=Decide']");
        Assert.Equal(AccreditationStatus.Accredited, (await app.ReadAsync(id)).Status);

        using var anyone = app.NewBrowser();
        var register = await anyone.GetAsync($"/quality-mark/register/{app.World.TenantAId}", follow: false);
        Assert.Equal(HttpStatusCode.OK, register.Status);
        var row = Assert.Single(register.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Bramble Pre-school", StringComparison.Ordinal));
        Assert.Contains("Quality Mark", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("EY100002", register.Text, StringComparison.Ordinal);
        var csv = await anyone.Client.GetStringAsync($"/quality-mark/register/{app.World.TenantAId}.csv");
        Assert.Contains("Bramble Pre-school,EY100002,", csv, StringComparison.Ordinal);
        // Another LA's register does not list LA A's settings.
        Assert.DoesNotContain("Bramble", (await anyone.GetAsync($"/quality-mark/register/{app.World.TenantBId}")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/quality-mark/register/999999", follow: false)).Status);

        page = await coordinator.GetAsync($"/quality-mark/accreditations/{id}/end");
        page = await coordinator.SubmitAsync(page, Fields(("Input.How", "Withdrawn"), ("Input.Reason", "The setting asked to leave the scheme.")));
        Assert.Contains("The accreditation is withdrawn", page.Text, StringComparison.Ordinal);
        var ended = await app.ReadAsync(id);
        Assert.Equal((AccreditationStatus.Withdrawn, "The setting asked to leave the scheme."), (ended.Status, ended.EndReason));
        Assert.DoesNotContain("Bramble Pre-school", (await anyone.GetAsync($"/quality-mark/register/{app.World.TenantAId}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bramble Pre-school", await anyone.Client.GetStringAsync($"/quality-mark/register/{app.World.TenantAId}.csv"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync($"/quality-mark/accreditations/{id}/certificate")).StatusCode);
    }

    [Fact]
    public async Task OnlyWhoeverMayTakeAStep_SeesItsForm_AndAStepTakenFromAnOlderPageIsRefused()
    {
        var id = await app.AccreditationAsync(app.World.SettingA1Id, recommend: true);
        var url = $"/quality-mark/accreditations/{id}/decision";
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var page = await adviser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
        var forbidden = await adviser.PostAsync(url + "?handler=Decide", [new("Input.Level", "accredited")], follow: false);
        Assert.NotEqual(HttpStatusCode.OK, forbidden.Status);

        using var coordinator = await app.SignInAsCoordinatorAsync();
        var first = await coordinator.GetAsync(url);
        var second = await coordinator.GetAsync(url);
        var reader = app.World.UserIds[TestWorld.SeniorA].ToString();
        await coordinator.SubmitAsync(first, Fields(("Input.SecondReader", reader), ("Input.Level", IndexNotYet), ("Input.Reasons", "Not yet.")), "form[action*='handler=Decide']");
        var again = await coordinator.SubmitAsync(second, Fields(("Input.SecondReader", reader), ("Input.Level", "accredited"), ("Input.Reasons", "Yes.")), "form[action*='handler=Decide']");
        Assert.NotEmpty(again.ErrorMessages);
        Assert.Equal(AccreditationStatus.NotYet, (await app.ReadAsync(id)).Status);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.PanelDecisions.CountAsync(p => p.AccreditationId == id)));

        // Another LA does not find it.
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url, follow: false)).Status);
    }

    private const string IndexNotYet = Web.Pages.QualityMark.Decision.IndexModel.NotYet;
}

public sealed class DecisionTestsOnSqlite(SqliteFixture app) : DecisionTests<SqliteFixture>(app);

public sealed class DecisionTestsOnPostgres(PostgresFixture app) : DecisionTests<PostgresFixture>(app);
