using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.SelfEvaluation.Voices;

/// Parents and staff answer the setting's questions by link, once each, without an account; their answers sit
/// beside the areas of the self-evaluation.
public abstract class VoicesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Manager_AsksTwoParentsAndAMemberOfStaff_AndTheirAnswersAppearBesideTheAreas()
    {
        var settingId = app.World.SettingA1Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var index = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
        var voices = await owner.GetAsync(index.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Ask parents and staff for their views").GetAttribute("href")!);
        Assert.Contains("No links yet", voices.Text, StringComparison.Ordinal);

        var refused = await owner.SubmitAsync(voices, new Dictionary<string, string> { ["Email"] = "not an address" });
        Assert.Contains("Select whether you are asking a parent or a member of staff", refused.ErrorMessages);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", refused.ErrorMessages);

        var ava = await MakeLinkAsync(owner, voices, "Parent", "Parent of Ava (Rainbow room)", "ava.parent@example.test");
        var ben = await MakeLinkAsync(owner, voices, "Parent", "Parent of Ben", null);
        var sam = await MakeLinkAsync(owner, voices, "Staff", "Sam, room leader", null);
        // Only the e-mailed link went out, marked as carrying a secret; the address is not kept with the link.
        var emails = await app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.Subject == "Acorn Day Nursery would like to hear from you").ToListAsync());
        Assert.Equal("ava.parent@example.test", Assert.Single(emails).Recipients);
        Assert.True(emails[0].Confidential);
        var listed = await owner.GetAsync($"/settings/{settingId}/self-evaluation/voices");
        Assert.DoesNotContain(ava, listed.Text, StringComparison.Ordinal);
        Assert.Equal(3, listed.Document.QuerySelectorAll("main tbody tr").Count(r => r.TextContent.Contains("Waiting", StringComparison.Ordinal)));

        using var parent = app.NewBrowser();
        var form = await parent.GetAsync(ava);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Your views on Acorn Day Nursery", form.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Does your child talk to you about what they have been doing at nursery?", form.Text, StringComparison.Ordinal);
        Assert.Contains("How your child is getting on", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leadership and governance", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rainbow room", form.Text, StringComparison.Ordinal);
        var empty = await parent.SubmitAsync(form);
        Assert.Contains("Answer at least one question", empty.ErrorMessages);
        var thanks = await parent.SubmitAsync(empty, Answers(empty, ("Including every child", "Ava's key person learned some Polish words for her"), ("How your child is getting on", "She counts to twenty now")));
        Assert.Equal("/voices/thanks", thanks.Url);
        Assert.Contains("Thank you", thanks.Text, StringComparison.Ordinal);

        // A used link is refused, and sending the same form again stores nothing more.
        var again = await parent.GetAsync(ava);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("This link has already been used", again.Document.Body!.TextContent, StringComparison.Ordinal);
        var twice = await parent.SubmitAsync(empty, Answers(empty, ("Including every child", "A second go")));
        Assert.Contains("This link has already been used", twice.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.VoiceResponses.IgnoreQueryFilters().CountAsync(r => r.SettingId == settingId)));

        using var secondParent = app.NewBrowser();
        await secondParent.SubmitAsync(await secondParent.GetAsync(ben), Answers(await secondParent.GetAsync(ben), ("Including every child", "Ben is included in everything")));
        using var staff = app.NewBrowser();
        var staffForm = await staff.GetAsync(sam);
        Assert.Contains("Which children do you think could be missing out", staffForm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Does your child talk to you", staffForm.Text, StringComparison.Ordinal);
        await staff.SubmitAsync(staffForm, Answers(staffForm, ("Including every child", "We need more training on SEND")));

        var area = await owner.GetAsync($"/settings/{settingId}/self-evaluation/inclusion");
        var text = area.Document.Body!.TextContent;
        Assert.Contains("3 responses: 2 parents, 1 member of staff", text, StringComparison.Ordinal);
        Assert.Contains("Ava's key person learned some Polish words for her", text, StringComparison.Ordinal);
        // Each audience's answers with the question it was asked.
        Assert.Contains("Asked: ‘Do you feel your child is welcomed and included, whatever their needs?", text, StringComparison.Ordinal);
        Assert.Contains("Asked: ‘Which children do you think could be missing out", text, StringComparison.Ordinal);
        Assert.Contains("Ben is included in everything", text, StringComparison.Ordinal);
        Assert.Contains("We need more training on SEND", text, StringComparison.Ordinal);
        Assert.DoesNotContain("She counts to twenty now", text, StringComparison.Ordinal);
        Assert.Contains("She counts to twenty now", (await owner.GetAsync($"/settings/{settingId}/self-evaluation/achievement")).Text, StringComparison.Ordinal);
        var statuses = (await owner.GetAsync($"/settings/{settingId}/self-evaluation/voices")).Document.QuerySelectorAll("main tbody tr");
        Assert.All(statuses, r => Assert.Contains("Answered on", r.TextContent, StringComparison.Ordinal));

        // The LA reads them beside the areas too.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var evaluationId = await app.WithDbAsync((db, _) => db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.SettingId == settingId && e.FinishedOn == null).Select(e => e.Id).SingleAsync());
        Assert.Contains("We need more training on SEND", (await adviser.GetAsync($"/self-evaluations/{evaluationId}")).Document.Body!.TextContent, StringComparison.Ordinal);

        // A closed link is refused; a link still waiting when the self-evaluation is finished expires.
        var closing = await MakeLinkAsync(owner, voices, "Parent", "Parent of Cal", null);
        var waiting = await MakeLinkAsync(owner, voices, "Staff", null, null);
        var list = await owner.GetAsync($"/settings/{settingId}/self-evaluation/voices");
        var closeForm = list.Document.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Parent of Cal", StringComparison.Ordinal)).QuerySelector("form")!;
        var closed = await owner.SubmitAsync(list, formSelector: $"main form[action='{closeForm.GetAttribute("action")}']");
        Assert.Contains("Link closed", closed.Text, StringComparison.Ordinal);
        using var late = app.NewBrowser();
        Assert.Contains("This link has been closed", (await late.GetAsync(closing)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await late.GetAsync("/voices/" + new string('a', 64))).Status);

        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Finish']");
        Assert.Contains("This link has expired", (await late.GetAsync(waiting)).Text, StringComparison.Ordinal);
        var snapshot = await owner.GetAsync($"/self-evaluations/{evaluationId}");
        Assert.Contains("3 responses: 2 parents, 1 member of staff", snapshot.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ava's key person learned some Polish words for her", snapshot.Document.Body!.TextContent, StringComparison.Ordinal);

        // What they said becomes a goal that leads back to it.
        var fromFeedback = await owner.GetAsync(snapshot.Document.QuerySelector("main a[href*='FromFeedback=']")!.GetAttribute("href")!);
        Assert.Contains("From what parents and staff said about this area", fromFeedback.Text, StringComparison.Ordinal);
        var goal = await owner.SubmitAsync(fromFeedback, new Dictionary<string, string> { ["Outcome"] = "Staff trained to support children with SEND" });
        var source = goal.Document.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("What parents and staff said", StringComparison.Ordinal));
        Assert.StartsWith($"/self-evaluations/{evaluationId}#voices-", source.GetAttribute("href"), StringComparison.Ordinal);
    }

    private static async Task<string> MakeLinkAsync(Browser owner, Page voices, string audience, string? label, string? email)
    {
        var made = await owner.SubmitAsync(voices, new Dictionary<string, string>
        {
            ["Audience"] = audience,
            ["Label"] = label ?? "",
            ["Email"] = email ?? "",
        }, "main form[action*='handler=Create']");
        Assert.Empty(made.ErrorMessages);
        var link = made.Document.QuerySelector("#voice-link")?.TextContent.Trim() ?? throw new InvalidOperationException(made.Text);
        Assert.Null((await owner.GetAsync(made.Url)).Document.QuerySelector("#voice-link"));
        return new Uri(link).AbsolutePath;
    }

    /// The answer fields of a voices form, found under their area's heading as a person would.
    private static Dictionary<string, string> Answers(Page form, params (string Heading, string Text)[] answers) =>
        answers.ToDictionary(
            a => form.Document.QuerySelectorAll("main h2").Single(h => h.TextContent.Trim() == a.Heading).NextElementSibling!.QuerySelector("textarea")!.GetAttribute("name")!,
            a => a.Text);
}

public sealed class VoicesTestsOnSqlite(SqliteFixture app) : VoicesTests<SqliteFixture>(app);

public sealed class VoicesTestsOnPostgres(PostgresFixture app) : VoicesTests<PostgresFixture>(app);
