using System.Globalization;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Steps of issue 18's compliments and complaints, each on the page where the last one ended.
public static class ComplaintSteps
{
    /// From the setting's home: records a complaint about an officer (dated today) for a team. Ends on the complaint's
    /// page; returns its path.
    public static async Task<string> RecordAboutAnOfficerAsync(AscentBrowserFixture app, BrowserSession session, string officer, string team, string what)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(session);
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Make a compliment or complaint" }), "/complaints/new$");
        await page.GetByLabel("A complaint", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("An officer", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The officer, if it is about an officer").SelectOptionAsync(new SelectOptionValue { Label = officer });
        await page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = team });
        var today = app.Clock.Today;
        var when = page.GetByRole(AriaRole.Group, new() { Name = "When did it happen?" });
        await when.GetByLabel("Day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await when.GetByLabel("Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await when.GetByLabel("Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("What happened?").FillAsync(what);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Send it" }), "/complaints/\\d+$");
        await Expect(page.GetByText("Your complaint is recorded")).ToBeVisibleAsync();
        return new Uri(page.Url).AbsolutePath;
    }

    /// On a complaint's page, as its manager: acknowledges it today, then answers it today with the outcome given.
    public static async Task AcknowledgeAndAnswerAsync(BrowserSession session, string response, string outcome)
    {
        ArgumentNullException.ThrowIfNull(session);
        var page = session.Page;
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge", Exact = true }), "/complaints/\\d+$");
        await Expect(page.GetByText("It is acknowledged")).ToBeVisibleAsync();
        await page.GetByLabel("The response").FillAsync(response);
        await page.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }), "/complaints/\\d+$");
        await Expect(page.GetByText("The answer is recorded and sent")).ToBeVisibleAsync();
    }
}
