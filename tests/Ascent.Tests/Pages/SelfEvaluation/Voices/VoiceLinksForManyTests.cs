using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Ascent.Tests.Pages.SelfEvaluation.Voices;

/// Links for many people at once: a pasted list of e-mail addresses, each sent its own link, and a printed sheet of
/// links with QR codes for families without e-mail.
public abstract partial class VoiceLinksForManyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Subject = "Acorn Day Nursery would like to hear from you";

    [Fact]
    public async Task Manager_PastesAList_IsToldWhichLineIsWrong_ThenSendsOneLinkToEachGoodAddress()
    {
        await StartDraftAsync(app.World.SettingA1Id);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var voices = await owner.GetAsync($"/settings/{app.World.SettingA1Id}/self-evaluation/voices");
        var form = await owner.GetAsync(voices.Document.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Email a link to each address on a list").GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var empty = await owner.SubmitAsync(form);
        Assert.Contains("Select whether you are asking parents or members of staff", empty.ErrorMessages);
        Assert.Contains("Enter the email addresses to send links to", empty.ErrorMessages);

        const string pasted = "ava.parent@example.test\nben.parent@example.test; cal.parent@example.test\nnot-an-address.example.test\nAVA.PARENT@example.test";
        var refused = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Audience"] = "Parent", ["Addresses"] = pasted });
        Assert.Equal(["Line 3: ‘not-an-address.example.test’ has no @ in it"], refused.ErrorMessages);
        // Nothing is sent while one is wrong; what was typed is kept for correcting.
        Assert.Equal(0, await EmailCountAsync());
        Assert.Equal(pasted, refused.Document.QuerySelector("textarea[name=Addresses]")!.TextContent.Trim());
        var skip = refused.Document.QuerySelectorAll("main button").Single(b => b.GetAttribute("name") == "SkipInvalid");
        Assert.Equal("Leave them out and send 3 links", skip.TextContent.Trim());

        var sent = await owner.SubmitAsync(refused, new Dictionary<string, string> { ["SkipInvalid"] = "true", ["Label"] = "Rainbow room" });
        Assert.Equal($"/settings/{app.World.SettingA1Id}/self-evaluation/voices", sent.Url);
        Assert.Contains("3 links made and emailed (1 address that could not be used left out; 1 address given twice sent once)", sent.Text, StringComparison.Ordinal);
        var emails = await app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.Subject == Subject).ToListAsync());
        Assert.Equal(["ava.parent@example.test", "ben.parent@example.test", "cal.parent@example.test"], emails.Select(m => m.Recipients).Order(StringComparer.Ordinal));
        Assert.All(emails, m => Assert.True(m.Confidential));
        Assert.Equal(3, sent.Document.QuerySelectorAll("main tbody tr").Count(r => r.TextContent.Contains("Rainbow room", StringComparison.Ordinal)));

        // Each e-mail carries a link of its own, which opens the parents' questions.
        var links = emails.Select(m => VoiceLink().Match(MimeMessage.Load(new MemoryStream(m.Content)).TextBody ?? "").Value).ToList();
        Assert.Equal(3, links.Distinct().Count());
        using var parent = app.NewBrowser();
        var answer = await parent.GetAsync(new Uri(links[0]).AbsolutePath);
        Assert.Contains("Does your child talk to you about what they have been doing at nursery?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_PrintsASheet_OfDistinctLinksWhoseQrCodesReadAsTheirPrintedAddresses()
    {
        await StartDraftAsync(app.World.SettingA1Id);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var form = await owner.GetAsync($"/settings/{app.World.SettingA1Id}/self-evaluation/voices/sheet");
        var refused = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Audience"] = "Parent", ["Count"] = "81" });
        Assert.Equal(["Enter a whole number of links from 1 to 80"], refused.ErrorMessages);
        var before = await app.WithDbAsync((db, _) => db.VoiceInvitations.IgnoreQueryFilters().CountAsync());

        var sheet = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Audience"] = "Parent", ["Count"] = "10" });
        Assert.Empty(sheet.ErrorMessages);
        Assert.Equal(before + 10, await app.WithDbAsync((db, _) => db.VoiceInvitations.IgnoreQueryFilters().CountAsync()));
        // Eight to a page of A4, each card with its code (described for those who cannot see it) and its address.
        Assert.Equal([8, 2], sheet.Document.QuerySelectorAll(".app-voice-sheet__page").Select(p => p.QuerySelectorAll("img").Length));
        var cards = sheet.Document.QuerySelectorAll(".app-voice-sheet__card").ToList();
        var read = new List<string>();
        foreach (var card in cards)
        {
            var image = card.QuerySelector("img")!;
            Assert.StartsWith("QR code for link", image.GetAttribute("alt"), StringComparison.Ordinal);
            var decoded = QrImage.Decode(image.GetAttribute("src")!);
            Assert.Equal(card.QuerySelector(".app-voice-sheet__url")!.TextContent.Trim(), decoded);
            read.Add(decoded);
        }

        Assert.Equal(10, read.Distinct().Count());
        Assert.All(read, url => Assert.Matches(@"/v/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", url));
        Assert.Contains("Printed sheet of 23 November 2026, link 10 of 10", (await owner.GetAsync($"/settings/{app.World.SettingA1Id}/self-evaluation/voices")).Text, StringComparison.Ordinal);

        // A printed address typed by hand, in lower case and without its hyphens, opens the same questions, once.
        var typed = "/v/" + new Uri(read[3]).AbsolutePath["/v/".Length..].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        using var family = app.NewBrowser();
        var answer = await family.GetAsync(typed);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Including every child", answer.Text, StringComparison.Ordinal);
        var heading = answer.Document.QuerySelectorAll("main h2").First(h => h.TextContent.Trim() == "Including every child");
        var field = heading.NextElementSibling!.QuerySelector("textarea")!.GetAttribute("name")!;
        Assert.Equal("/voices/thanks", (await family.SubmitAsync(answer, new Dictionary<string, string> { [field] = "Everyone is welcome" })).Url);
        Assert.Contains("This link has already been used", (await family.GetAsync(new Uri(read[3]).AbsolutePath)).Text, StringComparison.Ordinal);
        var kept = await app.WithDbAsync((db, _) => db.VoiceAnswers.IgnoreQueryFilters().SingleAsync(a => a.Text == "Everyone is welcome"));
        Assert.Equal("Do you feel your child is welcomed and included, whatever their needs? Is there anything we could do differently for them?", kept.Question);
    }

    [Fact]
    public async Task OnlyTheSettingsOwnStaffMakeLinksForMany()
    {
        await StartDraftAsync(app.World.SettingA1Id);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in new[] { "emails", "sheet" })
            Assert.Contains("/account/access-denied", (await adviser.GetAsync($"/settings/{app.World.SettingA1Id}/self-evaluation/voices/{page}", follow: false)).Location, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/voices/[A-Za-z0-9_\-]+")]
    private static partial Regex VoiceLink();

    private Task<int> EmailCountAsync() => app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().CountAsync(m => m.Subject == Subject));

    private Task StartDraftAsync(int settingId) => app.WithDbAsync(async (db, services) =>
    {
        if (await db.SelfEvaluations.IgnoreQueryFilters().AnyAsync(e => e.SettingId == settingId && e.FinishedOn == null))
            return 0;
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        db.SelfEvaluations.Add(Evaluation.Start(setting, services.GetRequiredService<FrameworkRegistry>().Get("ofsted-renewed-2025"), "Test", app.Time.Today()));
        return await db.SaveChangesAsync();
    });
}

public sealed class VoiceLinksForManyTestsOnSqlite(SqliteFixture app) : VoiceLinksForManyTests<SqliteFixture>(app);

public sealed class VoiceLinksForManyTestsOnPostgres(PostgresFixture app) : VoiceLinksForManyTests<PostgresFixture>(app);
