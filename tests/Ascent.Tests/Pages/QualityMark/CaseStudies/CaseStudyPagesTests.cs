using System.Net;
using System.Text;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.PortfolioSeed;

namespace Ascent.Tests.Pages.QualityMark.CaseStudies;

/// The setting writes an action-research case study as a draft, with files checked by type and size, submits it when
/// every section is written, and reads the evaluator's comments; the LA reads it but does not write it.
public abstract class CaseStudyPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task TheSetting_WritesADraft_WithFiles_SubmitsIt_AndReadsTheEvaluatorsComment()
    {
        var (evaluator, evaluatorId) = await EvaluatorAsync(app);
        var id = await AcceptedAsync(app, app.World.SettingA1Id, "Case study cohort", evaluatorId);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var form = await owner.GetAsync($"/quality-mark/accreditations/{id}/case-studies/new");
        Assert.Equal("New action-research case study", form.Heading);
        Assert.Contains("Do not name children in a case study", form.Text, StringComparison.Ordinal);

        var bad = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = " ", ["Question"] = new string('q', 8001) });
        Assert.Equal(["Enter a title for the case study", "The question must be 8,000 characters or fewer"], bad.ErrorMessages);
        var badFile = await owner.UploadAsync(form, new Dictionary<string, string> { ["Title"] = "Outdoor talk" }, "Files", ("chart.pdf", Encoding.ASCII.GetBytes("MZ not a document")));
        Assert.Single(badFile.ErrorMessages);
        var tooBig = await owner.UploadAsync(form, new Dictionary<string, string> { ["Title"] = "Outdoor talk" }, "Files", ("big.pdf", [.. Pdf, .. new byte[10 * 1024 * 1024]]));
        Assert.Single(tooBig.ErrorMessages);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.CaseStudies.CountAsync(c => c.AccreditationId == id)));

        var draft = await owner.UploadAsync(form, new Dictionary<string, string> { ["Title"] = "Outdoor talk", ["Question"] = "Does more time outdoors help the quieter children to talk?" }, "Files", ("chart.pdf", Pdf));
        Assert.Equal("Outdoor talk", draft.Heading);
        Assert.Contains("Case study saved as a draft.", draft.Text, StringComparison.Ordinal);
        Assert.Contains("Draft", draft.Document.QuerySelector("main .govuk-tag")!.TextContent, StringComparison.Ordinal);
        var file = draft.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "chart.pdf").GetAttribute("href")!;
        Assert.Equal(Pdf, await owner.Client.GetByteArrayAsync(file));

        var early = await owner.SubmitAsync(draft, formSelector: "main form[action$='handler=Submit']");
        Assert.Equal(["Write the baseline evidence, what you changed, what you observed, the outcomes for children, your reflection before you submit the case study"], early.ErrorMessages);

        var edit = await owner.GetAsync(draft.Url + "/edit");
        var written = await owner.SubmitAsync(edit, new Dictionary<string, string>
        {
            ["Baseline"] = "Screening in September: four children in the amber band for involvement outdoors.",
            ["Changes"] = "Small-group story walks twice a week.",
            ["Observations"] = "Longer conversations on the walks.",
            ["Outcomes"] = "Three of the four moved to green by November.",
            ["Reflection"] = "We will try the walks with the two-year-olds.",
        });
        Assert.Contains("Case study saved.", written.Text, StringComparison.Ordinal);
        var submitted = await owner.SubmitAsync(written, formSelector: "main form[action$='handler=Submit']");
        Assert.Contains("Case study submitted to the evaluator.", submitted.Text, StringComparison.Ordinal);
        Assert.Contains("Submitted to the evaluator", submitted.Document.QuerySelector("main .govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(draft.Url, (await owner.GetAsync(draft.Url + "/edit")).Url);

        // A practitioner's draft does not count; the submitted one does.
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var second = await practitioner.SubmitAsync(await practitioner.GetAsync($"/quality-mark/accreditations/{id}/case-studies/new"), new Dictionary<string, string> { ["Title"] = "Quiet corner" });
        Assert.Equal("Quiet corner", second.Heading);
        var portfolio = await owner.GetAsync($"/quality-mark/accreditations/{id}/portfolio");
        Assert.Equal("In progress", Statuses(portfolio)["Two action-research case studies carried out over the year"]);
        Assert.Contains("1 of 2 case studies submitted to the evaluator.", Block(portfolio, "Two action-research"), StringComparison.Ordinal);
        Assert.Contains("Quiet corner: a draft", Block(portfolio, "Two action-research"), StringComparison.Ordinal);

        // The LA reads it and cannot write one; the evaluator comments and the setting reads the comment.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var read = await adviser.GetAsync(draft.Url);
        Assert.Contains("Three of the four moved to green", read.Text, StringComparison.Ordinal);
        Assert.Empty(read.Document.QuerySelectorAll("main form"));
        Assert.Contains("/account/access-denied", (await adviser.GetAsync($"/quality-mark/accreditations/{id}/case-studies/new", follow: false)).Location, StringComparison.Ordinal);
        var empty = await evaluator.SubmitAsync(await evaluator.GetAsync(draft.Url), new Dictionary<string, string> { ["CommentText"] = " " }, "main form[action$='handler=Comment']");
        Assert.Equal(["Enter your comment"], empty.ErrorMessages);
        var commented = await evaluator.SubmitAsync(await evaluator.GetAsync(draft.Url), new Dictionary<string, string> { ["CommentText"] = "A clear question, and the screening shows the change." }, "main form[action$='handler=Comment']");
        Assert.Contains("Your comment is saved.", commented.Text, StringComparison.Ordinal);
        Assert.Contains("A clear question, and the screening shows the change.", (await owner.GetAsync(draft.Url)).Text, StringComparison.Ordinal);
        Assert.Empty((await owner.GetAsync(draft.Url)).Document.QuerySelectorAll("main form[action$='handler=Comment']"));

        // Another setting finds neither the case study nor its file.
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(draft.Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(file)).Status);
        evaluator.Dispose();
    }

    [Fact]
    public async Task ADraft_SavedFromAStalePage_IsRefused_AndFilesAreRemoved()
    {
        var id = await AcceptedAsync(app, app.World.SettingA1Id, "Stale draft cohort");
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var draft = await owner.UploadAsync(await owner.GetAsync($"/quality-mark/accreditations/{id}/case-studies/new"), new Dictionary<string, string> { ["Title"] = "Mealtimes" }, "Files", ("menu.pdf", Pdf));
        var first = await owner.GetAsync(draft.Url + "/edit");
        var second = await owner.GetAsync(draft.Url + "/edit");
        var attachmentId = second.Document.QuerySelector("main input[name='Remove']")!.GetAttribute("value")!;
        var saved = await owner.SubmitAsync(second, new Dictionary<string, string> { ["Title"] = "Calmer mealtimes", ["Remove"] = attachmentId });
        Assert.Equal("Calmer mealtimes", saved.Heading);
        Assert.Contains("No files attached.", saved.Text, StringComparison.Ordinal);
        var stale = await owner.SubmitAsync(first, new Dictionary<string, string> { ["Title"] = "Mealtimes again" });
        Assert.Equal(["Someone else saved this case study while you had it open. Open it again to see their changes"], stale.ErrorMessages);
        Assert.Equal("Calmer mealtimes", await app.WithDbAsync((db, _) => db.CaseStudies.Where(c => c.AccreditationId == id).Select(c => c.Title).SingleAsync()));
    }
}

public sealed class CaseStudyPagesTestsOnSqlite(SqliteFixture app) : CaseStudyPagesTests<SqliteFixture>(app);

public sealed class CaseStudyPagesTestsOnPostgres(PostgresFixture app) : CaseStudyPagesTests<PostgresFixture>(app);
