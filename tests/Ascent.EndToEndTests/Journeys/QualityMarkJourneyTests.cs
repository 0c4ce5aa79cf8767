using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 16's path on the demo, as the quality-mark coordinator: opens a new cohort (its mistakes in the error summary
/// first), then the demo cohort with three applications, Little Acorns failing "no open programme of support" with its
/// reason, and accepts the applicant Ruth Evans may not evaluate; the rest of the path (allocation, portfolio,
/// recommendation, panel, certificate, public register, reviews, impact report) is in QualityMarkJourneyTests.Award.cs.
/// One journey, so the demo's applicant is accepted once. Every page passes axe-core, the CSP and the code scan
/// (CheckPageAsync).
[Collection(SharedBrowser.Name)]
public sealed partial class QualityMarkJourneyTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task TheCoordinator_AcceptsADemoApplicant_AndFollowsItToItsCertificate_TheRegister_AndTheImpactReport()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(session, "coordinator@northfield.example", "ascent-demo-2026");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync(new Regex("^Welcome, "));
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Quality mark", Exact = true }), "/quality-mark$");
        await Expect(heading).ToHaveTextAsync("Quality mark");

        // A new cohort: sent empty first, then with a window that closes before it starts.
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Open a cohort" }).Or(page.GetByRole(AriaRole.Button, new() { Name = "Open a cohort" })).First, "/quality-mark/cohorts/new$");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the cohort" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await session.CheckPageAsync();
        await page.GetByLabel("Name of the cohort").FillAsync("2027 to 2028");
        await FillDateAsync(page, "When the cohort starts", "1", "9", "2027");
        await FillDateAsync(page, "Applications open", "1", "6", "2027");
        await FillDateAsync(page, "Applications close", "31", "7", "2027");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Open the cohort" }), "/quality-mark/cohorts/\\d+$");
        await Expect(heading).ToHaveTextAsync("2027 to 2028");
        await Expect(page.Locator("main")).ToContainTextAsync("No setting has applied yet.");

        // Ruth Evans's conflict of interest, on her page: the applicant she may not evaluate.
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Quality mark", Exact = true }), "/quality-mark$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Evaluators, their training and conflicts of interest" }), "/quality-mark/evaluators$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Ruth }), "/quality-mark/evaluators/[0-9a-f-]+$");
        var conflict = page.Locator(".govuk-summary-list__row", new() { HasText = "was the deputy manager of" });
        await Expect(conflict).ToHaveCountAsync(1);
        var name = (await conflict.Locator(".govuk-summary-list__key").InnerTextAsync()).Trim();

        // The demo cohort: three applications, Little Acorns failing one criterion with its reason.
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Quality mark", Exact = true }), "/quality-mark$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "2026 to 2027" }), "/quality-mark/cohorts/\\d+$");
        var rows = page.Locator("main table tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        var acorns = rows.Filter(new() { HasText = "Little Acorns Day Nursery" });
        await Expect(acorns).ToContainTextAsync("Not met");
        await Expect(acorns).ToContainTextAsync("No open programme of support from the local authority: An open programme of support:");
        var other = rows.Filter(new() { HasText = name });
        await Expect(other).ToContainTextAsync("4 of 5 met");

        await ClickAndCheckAsync(session, other.GetByRole(AriaRole.Link, new() { Name = name }), "/quality-mark/accreditations/\\d+$");
        await Expect(heading).ToHaveTextAsync(name);
        await page.GetByLabel("Accept the setting into the cohort").CheckAsync();
        await page.GetByLabel("Your judgement, or why the application is not accepted").FillAsync("The statement shows a team that reflects together every week.");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }), "/quality-mark/accreditations/\\d+$");
        await Expect(page.Locator("main")).ToContainTextAsync($"{name} accepted into 2026 to 2027");
        await Expect(page.Locator("main")).ToContainTextAsync("In progress");
        var accreditation = new Uri(page.Url).AbsolutePath;

        await AllocateAsync(session, name);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back to the accreditation" }), "/quality-mark/accreditations/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Portfolio", Exact = true }), "/quality-mark/accreditations/\\d+/portfolio$");
        await Expect(heading).ToHaveTextAsync("Portfolio");
        await RecommendAsync(accreditation, name);
        await DecideAsync(session, accreditation, name);
        await SeeTheRegisterAsync(session, name);
        await SeeTheImpactReportAsync(session);
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
