using System.Globalization;
using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Evidence;

/// A setting keeps each piece of evidence once and uses it for several self-evaluation areas and plan goals; evidence
/// gathered more than 12 months ago is flagged; the next self-evaluation carries the evidence forward; the LA reads it.
public abstract class EvidenceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task OnePieceOfEvidence_SupportsAnAreaAndAGoal_AndOldEvidenceIsFlagged()
    {
        var settingId = app.World.SettingA1Id;
        var today = app.Time.Today();
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
        var area = await owner.GetAsync($"/settings/{settingId}/self-evaluation/inclusion");
        Assert.Contains("No evidence chosen yet", area.Text, StringComparison.Ordinal);
        foreach (var from in new[] { $"/settings/{settingId}/self-evaluation", $"/settings/{settingId}/plan" })
            Assert.NotNull((await owner.GetAsync(from)).Document.QuerySelector($"main a[href='/settings/{settingId}/evidence']"));

        // Added from the area: it comes back to the area, chosen.
        var form = await owner.GetAsync(area.Document.QuerySelector("main a[href*='/evidence/item?area=']")!.GetAttribute("href")!);
        Assert.Contains("This evidence will be used for the self-evaluation area “Inclusion”", form.Document.Body!.TextContent, StringComparison.Ordinal);
        var refused = await owner.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "",
            ["Link"] = "javascript:alert(1)",
            ["GatheredOn.Day"] = Part(today.AddDays(3).Day),
            ["GatheredOn.Month"] = Part(today.AddDays(3).Month),
            ["GatheredOn.Year"] = Part(today.AddDays(3).Year),
        });
        Assert.Equal(["Enter a title for the evidence", "Enter a web address starting https://, like https://example.org/policy", "When the evidence was gathered must be today or in the past"], refused.ErrorMessages);
        var old = today.AddMonths(-14);
        var back = await owner.UploadAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Parent survey, summer",
            ["Description"] = "Nine in ten parents feel welcome",
            ["GatheredOn.Day"] = Part(old.Day),
            ["GatheredOn.Month"] = Part(old.Month),
            ["GatheredOn.Year"] = Part(old.Year),
        }, "Upload", ("survey.csv", "question,yes\nwelcome,9\n"u8.ToArray()));
        Assert.Contains("Evidence added for the self-evaluation area “Inclusion”", back.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/self-evaluation/inclusion", back.Url, StringComparison.Ordinal);
        var chosen = back.Document.QuerySelector("main ul.govuk-list--bullet")!.TextContent;
        Assert.Contains("Parent survey, summer", chosen, StringComparison.Ordinal);
        Assert.Contains("Over 12 months old", chosen, StringComparison.Ordinal);

        // The same evidence for a goal, chosen from what the setting has.
        var goal = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/plan/goal"), new Dictionary<string, string> { ["Outcome"] = "Every family feels welcome" });
        var goalId = goal.Url.Split('/').Last();
        var choose = await owner.GetAsync(goal.Document.QuerySelector("main a[href*='/evidence?goal=']")!.GetAttribute("href")!);
        Assert.Contains("Choose evidence", choose.Text, StringComparison.Ordinal);
        var used = await owner.SubmitAsync(choose, formSelector: "main form[action*='handler=Use']");
        Assert.Contains("“Parent survey, summer” is now evidence for the goal “Every family feels welcome”", used.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Parent survey, summer", used.Document.QuerySelector("main ul.govuk-list--bullet")!.TextContent, StringComparison.Ordinal);
        // Pressing "use" on a stale page again adds nothing.
        await owner.SubmitAsync(choose, formSelector: "main form[action*='handler=Use']");
        var evidenceId = await app.WithDbAsync((db, _) => db.EvidenceItems.IgnoreQueryFilters().Where(e => e.SettingId == settingId).Select(e => e.Id).SingleAsync());
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.EvidenceUses.IgnoreQueryFilters().CountAsync(u => u.EvidenceItemId == evidenceId)));

        // The evidence's own page: where it is used, its file, its age.
        var details = await owner.GetAsync($"/evidence/{evidenceId}");
        Assert.Contains("gathered more than 12 months ago", details.Text, StringComparison.Ordinal);
        var usedFor = details.Document.QuerySelectorAll("main ul.govuk-list > li").Select(li => li.TextContent).ToList();
        Assert.Contains(usedFor, t => t.Contains("Goal: Every family feels welcome", StringComparison.Ordinal));
        Assert.Contains(usedFor, t => t.Contains("Inclusion (self-evaluation in progress)", StringComparison.Ordinal));
        var file = await owner.GetAsync($"/evidence/{evidenceId}/file");
        Assert.Equal("question,yes\nwelcome,9\n", file.Text);
        Assert.Equal("survey.csv", file.Response.Content.Headers.ContentDisposition?.FileName);

        // The LA's adviser reads it but cannot use it anywhere.
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        Assert.Contains("Parent survey, summer", (await adviser.GetAsync($"/settings/{settingId}/evidence")).Text, StringComparison.Ordinal);
        Assert.Null((await adviser.GetAsync($"/plan-goals/{goalId}")).Document.QuerySelector("main a[href*='/evidence?goal=']"));

        // Stop using it for the goal; the area keeps it. Finishing and starting again carries the area's evidence over.
        var removed = await owner.SubmitAsync(details, formSelector: "main li:has(a[href^='/plan-goals']) form");
        Assert.Contains("Evidence no longer used there", removed.Text, StringComparison.Ordinal);
        Assert.Contains("No evidence chosen yet", (await owner.GetAsync($"/plan-goals/{goalId}")).Text, StringComparison.Ordinal);
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Finish']");
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
        var next = await owner.GetAsync($"/settings/{settingId}/self-evaluation/inclusion");
        Assert.Contains("Parent survey, summer", next.Document.QuerySelector("main ul.govuk-list--bullet")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.EvidenceUses.IgnoreQueryFilters().CountAsync(u => u.EvidenceItemId == evidenceId)));
    }

    [Fact]
    public async Task EvidenceIsTheSettingsOwn()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        var added = await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/evidence/item"), new Dictionary<string, string> { ["Title"] = "Fire drill log" });
        Assert.Contains("Evidence added", added.Text, StringComparison.Ordinal);
        var evidenceId = added.Url.Split('/').Last();

        // Another setting of the same LA cannot use it for its own goal.
        using var other = app.NewBrowser();
        await other.SignInAsync(TestWorld.OwnerA1);
        var goal = await other.SubmitAsync(await other.GetAsync($"/settings/{app.World.SettingA1Id}/plan/goal"), new Dictionary<string, string> { ["Outcome"] = "Regular fire drills" });
        var goalId = goal.Url.Split('/').Last();
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)goal.Document.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var stolen = await other.PostAsync($"/settings/{app.World.SettingA1Id}/evidence?handler=Use&evidenceId={evidenceId}&goal={goalId}", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, stolen.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.EvidenceUses.IgnoreQueryFilters().CountAsync(u => u.GoalId == int.Parse(goalId, CultureInfo.InvariantCulture))));

        // Its own setting deletes it, and its file with it.
        var deleted = await owner.SubmitAsync(await owner.GetAsync($"/evidence/{evidenceId}"), formSelector: "main form[action*='handler=Delete']");
        Assert.Contains("“Fire drill log” deleted", deleted.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/evidence/{evidenceId}")).Status);
    }

    private static string Part(int value) => value.ToString(CultureInfo.InvariantCulture);
}

public sealed class EvidenceTestsOnSqlite(SqliteFixture app) : EvidenceTests<SqliteFixture>(app);

public sealed class EvidenceTestsOnPostgres(PostgresFixture app) : EvidenceTests<PostgresFixture>(app);
