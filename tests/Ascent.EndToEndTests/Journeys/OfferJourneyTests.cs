using System.Globalization;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Ascent.EndToEndTests.Journeys.LaAdministratorJourneyTests;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// Issue 18's whole path on the demo: the LA administrator publishes a free network meeting, a chargeable two-session
/// course (two places per setting) and the annual conversation; the demo setting's manager books two staff, finds the
/// third refused and puts her on the waiting list, and cancels one place inside the free window (the waiting list
/// moves up and she is told by e-mail). The course then moves to today, the manager cancels the other place (now
/// late, so charged), the administrator takes both registers, and the month's export for finance lists exactly the
/// late cancellation and the attended place, in pence. Every page passes axe-core.
[Collection(SharedBrowser.Name)]
public sealed class OfferJourneyTests(AscentBrowserFixture app)
{
    private const string Password = "ascent-demo-2026";

    [Fact]
    public async Task ACourseIsBookedCancelledHeldAndCharged_AndTheExportListsExactlyTheRightAmounts()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var course = $"Early language {suffix}";
        var (first, second, third) = ($"Ada {suffix}", $"Bea {suffix}", $"Cal {suffix}");
        string coursePath;
        await using (var admin = await SignedInAsync("la.admin@northfield.example"))
        {
            await OfferSteps.PublishEventAsync(app, admin, $"Network meeting {suffix}");
            coursePath = await OfferSteps.PublishCourseAsync(app, admin, course);
            await OfferSteps.PublishServiceAsync(admin, $"Annual conversation {suffix}");
        }

        await using (var manager = await SignedInAsync("manager@littleacorns.example"))
        {
            var page = manager.Page;
            await manager.GotoAsync(coursePath);
            await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }), "/offer/\\d+/book$");
            await FillPersonAsync(page, 1, first, $"ada.{suffix}@littleacorns.example");
            await FillPersonAsync(page, 2, second, null);
            await page.GetByLabel("I agree to the terms of booking").CheckAsync();
            await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Book places" }), "/bookings$");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"2 places booked on {course}");

            // A third place is past the setting's limit: only the waiting list is offered.
            await manager.GotoAsync(coursePath + "/book");
            await Expect(page.Locator("main")).ToContainTextAsync("Your setting already holds its 2 places");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Book places" })).ToHaveCountAsync(0);
            await FillPersonAsync(page, 1, third, $"cal.{suffix}@littleacorns.example");
            await page.GetByLabel("I agree to the terms of booking").CheckAsync();
            await ClickAndCheckAsync(manager, page.GetByRole(AriaRole.Button, new() { Name = "Join the waiting list" }), "/bookings/\\d+$");
            await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{third} is on the waiting list for {course}");

            // Thirty days ahead is inside the free window: no charge, and the waiting list moves up.
            await CancelAsync(manager, first, "No charge");
            await DemoMailFolder.WaitForAsync(app, $"cal.{suffix}@littleacorns.example", $"A place on {course} for {third}");
        }

        // The course moves to this afternoon: cancelling now is late.
        await using (var admin = await SignedInAsync("la.admin@northfield.example"))
        {
            await MoveSessionAsync(admin, coursePath, 1, "3pm", "4pm");
            await MoveSessionAsync(admin, coursePath, 2, "4:30pm", "5:30pm");
        }

        await using (var manager = await SignedInAsync("manager@littleacorns.example"))
            await CancelAsync(manager, second, "£95.00 will be charged");

        await using (var admin = await SignedInAsync("la.admin@northfield.example"))
        {
            var page = admin.Page;
            await admin.GotoAsync(coursePath + "/register");
            foreach (var number in new[] { 1, 2 })
            {
                await ClickAndCheckAsync(admin, page.GetByRole(AriaRole.Link, new() { Name = $"Mark everyone present at session {number}" }), "/offer/\\d+/register\\?present=\\d+#session-\\d+$");
                await ClickAndCheckAsync(admin, page.GetByRole(AriaRole.Button, new() { Name = $"Save the register for session {number}" }), "/offer/\\d+/register(#session-\\d+)?$");
            }

            var month = app.Clock.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            await admin.GotoAsync($"/charges?month={month}");
            await Expect(page.Locator("main")).ToContainTextAsync(course);
            var export = await page.APIRequest.GetAsync($"{app.BaseUrl}/charges/export?month={month}");
            Assert.True(export.Ok, $"The export answered {export.Status}");
            var lines = (await export.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("setting_urn,setting_name,course,date,reason,amount_pence", lines[0]);
            var today = app.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var ours = lines.Where(l => l.Contains(course, StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',')[^4..])).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { $"{course},{today},late-cancellation,9500", $"{course},{today},place,9500" }, ours);
        }
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = await app.NewSessionAsync();
        await session.Page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(session, email, Password);
        return session;
    }

    private static async Task FillPersonAsync(IPage page, int number, string name, string? email)
    {
        var person = page.GetByRole(AriaRole.Group, new() { Name = $"Person {number}", Exact = true });
        await person.GetByLabel("Full name").FillAsync(name);
        if (email is not null)
            await person.GetByLabel("E-mail address (optional)").FillAsync(email);
    }

    private static async Task CancelAsync(BrowserSession session, string person, string cost)
    {
        var page = session.Page;
        await session.GotoAsync("/bookings");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = person, Exact = true }).First, "/bookings/\\d+$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Cancel the place" }), "/bookings/\\d+/cancel$");
        await Expect(page.Locator("main")).ToContainTextAsync(cost);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Cancel the place" }), "/bookings/\\d+$");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"The place for {person} is cancelled");
    }

    private async Task MoveSessionAsync(BrowserSession session, string coursePath, int number, string start, string end)
    {
        var page = session.Page;
        var today = app.Clock.Today;
        await session.GotoAsync(coursePath + "/sessions");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = $"Move session {number}" }), "/offer/\\d+/sessions/\\d+/move$");
        var date = page.GetByRole(AriaRole.Group, new() { Name = "New date" });
        await date.GetByLabel("Day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await date.GetByLabel("Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time").FillAsync(start);
        await page.GetByLabel("End time").FillAsync(end);
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Move the session" }), "/offer/\\d+/sessions$");
        await Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The session is moved");
    }
}
