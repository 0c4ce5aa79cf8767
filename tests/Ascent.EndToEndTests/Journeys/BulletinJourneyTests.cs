using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 17's bulletins on the demo: the Senior Improvement Adviser writes a bulletin to the Northfield EYFS network,
/// sees whom it reaches and sends it (the e-mails land in the demo mail folder); the manager of Little Acorns finds it
/// on her home page and opens it, and the adviser then sees it opened in Ascent by Little Acorns. The manager asks the
/// network a question and the adviser answers it. Its own bulletin and question, so it changes no other test's data.
/// Every page passes axe-core, the CSP and the code scan (CheckPageAsync).
[Collection(SharedBrowser.Name)]
public sealed class BulletinJourneyTests(AscentBrowserFixture app)
{
    private const string Adviser = "senior.adviser@northfield.example";
    private const string Manager = "manager@littleacorns.example";
    private const string Password = "ascent-demo-2026";
    private const string Title = "Network outing ideas";
    private const string Question = "Which farm do members visit with their two-year-olds?";

    [Fact]
    public async Task TheAdviserSendsABulletinToTheNetwork_TheManagerOpensIt_AndTheyAnswerAQuestion()
    {
        await using var adviser = await app.NewSessionAsync();
        var page = adviser.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(adviser, Adviser, Password);
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await adviser.GotoAsync("/bulletins");
        await adviser.CheckPageAsync();
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Write a bulletin" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Write a bulletin" })).First, "/bulletins/write$");

        // Sent empty first: the mistakes in the error summary.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await adviser.CheckPageAsync();
        await page.GetByLabel("Title").FillAsync(Title);
        await page.GetByLabel("Summary").FillAsync("Members shared where they take the children this summer.");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Three members visit Brook Farm, which has a covered area for the youngest.\n\nThe farm's booking page: https://www.gov.uk/government/organisations/department-for-education");
        var audience = page.GetByLabel("Who it is for");
        await audience.SelectOptionAsync(new SelectOptionValue { Label = "Partnership: Northfield EYFS network (its settings and partners)" });
        var partnership = (await audience.InputValueAsync()).Split(':')[1];
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }), "/bulletins/\\d+$");
        await Expect(heading).ToHaveTextAsync(Title);
        await Expect(page.Locator("main")).ToContainTextAsync(new Regex("Reaches now\\s*10 settings"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "https://www.gov.uk/government/organisations/department-for-education" })).ToBeVisibleAsync();
        var bulletin = new Uri(page.Url).AbsolutePath;

        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Send the bulletin" }), "/bulletins/\\d+$");
        await Expect(page.GetByText("The bulletin is sent")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("by 0 of 10 settings");
        var mail = await WaitForMailAsync(Manager, "Subject: " + Title);
        Assert.Contains(bulletin, mail, StringComparison.Ordinal);
        await WaitForMailAsync("rachel.adams@nhs.example", "Subject: " + Title);

        await using (var manager = await app.NewSessionAsync())
        {
            var own = manager.Page;
            await own.SetViewportSizeAsync(1280, 800);
            await SignInTests.SignInAsync(manager, Manager, Password);
            await Expect(own.Locator("#bulletins + ul")).ToContainTextAsync(Title);
            await manager.CheckPageAsync();
            await ClickAndCheckAsync(manager, own.Locator("#bulletins + ul").GetByRole(AriaRole.Link, new() { Name = Title }), "/bulletins/\\d+$");
            await Expect(own.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
            await ClickAndCheckAsync(manager, own.GetByRole(AriaRole.Link, new() { Name = "Bulletins", Exact = true }), "/bulletins$");
            await Expect(own.Locator("main")).ToContainTextAsync(Title);

            // A question to the network, by name.
            await manager.GotoAsync($"/partnerships/{partnership}/questions");
            await manager.CheckPageAsync();
            await own.GetByLabel("Ask the network a question").FillAsync(Question);
            await ClickAndCheckAsync(manager, own.GetByRole(AriaRole.Button, new() { Name = "Ask the question" }), "/partnerships/\\d+/questions$");
            await Expect(own.Locator(".govuk-summary-card", new() { HasText = Question })).ToContainTextAsync("Jo Clarke, Little Acorns Day Nursery");
            manager.AssertNoCspViolations();
        }

        // Back as the adviser: opened by Little Acorns, and the question answered.
        await adviser.GotoAsync(bulletin);
        await adviser.CheckPageAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("by 1 of 10 settings");
        await Expect(page.Locator("main table tbody tr", new() { HasText = "Little Acorns Day Nursery" })).ToContainTextAsync("Opened by Jo Clarke");
        await adviser.GotoAsync($"/partnerships/{partnership}/questions");
        await adviser.CheckPageAsync();
        var card = page.Locator(".govuk-summary-card", new() { HasText = Question });
        await ClickAndCheckAsync(adviser, card.GetByRole(AriaRole.Link), "/partnerships/\\d+/questions/\\d+$");
        await page.GetByLabel("Your answer").FillAsync("Two members go to Brook Farm in June; we will compare notes at the summer meeting.");
        await ClickAndCheckAsync(adviser, page.GetByRole(AriaRole.Button, new() { Name = "Add your answer" }), "/partnerships/\\d+/questions/\\d+$");
        await Expect(page.GetByText("Your answer is added")).ToBeVisibleAsync();
        await Expect(heading).ToHaveTextAsync("An answered question");
        adviser.AssertNoCspViolations();
    }

    private Task<string> WaitForMailAsync(string to, string subject) => DemoMailFolder.WaitForAsync(app, to, subject);
}
