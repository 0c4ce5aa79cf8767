using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.Partnerships.Bulletins;

/// A member setting's owner asks the network a question, the LA answers it, and the lead hides an answer with a reason;
/// a setting outside the partnership and another LA find nothing.
public abstract class NetworkQuestionPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AMemberAsks_TheLaAnswers_AndTheLeadHidesAnAnswer()
    {
        var id = await BulletinWorld.PartnershipAsync(app, "Question cluster");
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var list = await owner.GetAsync($"/partnerships/{id}/questions");
        Assert.Equal("Questions to the network", list.Heading);
        var empty = await owner.SubmitAsync(list, Fields(("Text", " ")));
        Assert.Contains("Enter your question", empty.ErrorMessages);
        var asked = await owner.SubmitAsync(list, Fields(("Text", "Who has a good transition form?")));
        Assert.Contains("Who has a good transition form?", asked.Document.QuerySelector("#open ~ div")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Olu Owner, Acorn Day Nursery", asked.Document.Body!.TextContent, StringComparison.Ordinal);
        var questionId = await app.WithDbAsync((db, _) => db.NetworkQuestions.IgnoreQueryFilters().Where(q => q.PartnershipId == id).Select(q => q.Id).SingleAsync());

        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var question = await admin.GetAsync($"/partnerships/{id}/questions/{questionId}");
        var answered = await admin.SubmitAsync(question, Fields(("Answer", "Ours: ask the school for theirs.")), "main form[action*='handler=Answer']");
        Assert.Equal("Your answer is added", answered.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Equal("An answered question", answered.Heading);
        var stale = await admin.SubmitAsync(question, Fields(("Answer", "From an old page.")), "main form[action*='handler=Answer']");
        Assert.Contains(Ascent.Web.Services.Partnerships.NetworkQuestions.Changed, stale.ErrorMessages);

        var lead = await owner.GetAsync($"/partnerships/{id}/questions/{questionId}");
        var noReason = await owner.SubmitAsync(lead, Fields(("AnswerReason", "")), "main form[action*='handler=HideAnswer']");
        Assert.Contains("Enter why the answer is hidden", noReason.ErrorMessages);
        var answerId = await app.WithDbAsync((db, _) => db.NetworkAnswers.IgnoreQueryFilters().Where(a => a.QuestionId == questionId).Select(a => a.Id).SingleAsync());
        var hidden = await owner.SubmitAsync(lead, Fields(("AnswerId", answerId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("AnswerReason", "Names a child")),
            "main form[action*='handler=HideAnswer']");
        Assert.Equal("The answer is hidden", hidden.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Contains("Hidden by Olu Owner", hidden.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("An open question", hidden.Heading);

        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var read = await practitioner.GetAsync($"/partnerships/{id}/questions/{questionId}");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.DoesNotContain("Ours: ask the school", read.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(read.Document.QuerySelector("main form"));

        foreach (var email in new[] { TestWorld.OwnerA2, TestWorld.AdminB })
        {
            using var other = app.NewBrowser();
            await other.SignInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partnerships/{id}/questions", follow: false)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partnerships/{id}/questions/{questionId}", follow: false)).Status);
        }
    }
}

public sealed class NetworkQuestionPagesTestsOnSqlite(SqliteFixture app) : NetworkQuestionPagesTests<SqliteFixture>(app);

public sealed class NetworkQuestionPagesTestsOnPostgres(PostgresFixture app) : NetworkQuestionPagesTests<PostgresFixture>(app);
