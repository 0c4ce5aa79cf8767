using System.Text.RegularExpressions;
using Ascent.EndToEndTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

[Collection(SharedBrowser.Name)]
public sealed class LaAdministratorJourneyTests(AscentBrowserFixture app)
{
    [Fact]
    public async Task Journey_AsDemoLaAdministrator_VisitsTheMainPagesAndEachIsAccessible()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        // Home
        await SignInTests.SignInAsync(session, "la.admin@northfield.example", "ascent-demo-2026");
        await Expect(heading).ToHaveTextAsync("Welcome, Alex Morgan");

        // Settings: the demo LA's 320, then a search
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Settings" }), "/settings$");
        await Expect(heading).ToHaveTextAsync("320 settings in Northfield");
        await Expect(page.Locator("main table tbody tr").First).ToBeVisibleAsync();

        await page.GetByLabel("Search by name, URN or postcode").FillAsync("Little Acorns");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Search" }), "/settings\\?");
        await Expect(page.GetByText(new Regex("^\\d+ settings? match “Little Acorns”$"))).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Search by name, URN or postcode")).ToHaveValueAsync("Little Acorns");
        // The demo register, like the real one, has more than one setting of that name.
        var result = page.GetByRole(AriaRole.Link, new() { Name = "Little Acorns Day Nursery" }).First;
        await Expect(result).ToBeVisibleAsync();

        // A setting
        await ClickAndCheckAsync(session, result, "/settings/\\d+$");
        await Expect(heading).ToHaveTextAsync("Little Acorns Day Nursery");

        // Manage gathers the pages that set Ascent up: People, and the invitation form sent empty
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Manage", Exact = true }), "/manage$");
        await Expect(heading).ToHaveTextAsync("Manage");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }), "/people$");
        await Expect(heading).ToHaveTextAsync("People");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Invite someone" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Invite someone" })), "/people/invite$");
        await Expect(heading).ToHaveTextAsync("Invite someone to Ascent");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await session.CheckPageAsync();
        await AssertErrorSummaryAsync(page);

        // Audit trail and one entry
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Manage", Exact = true }), "/manage$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Audit trail" }), "/audit$");
        await Expect(heading).ToHaveTextAsync("Audit trail");
        await ClickAndCheckAsync(session, page.Locator("main table tbody tr a").First, "/audit/\\d+$");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).Last).ToBeVisibleAsync();

        // The e-mail outbox
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Manage", Exact = true }), "/manage$");
        await ClickAndCheckAsync(session, page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "E-mail", Exact = true }), "/outbox$");
        await Expect(heading).ToHaveTextAsync("E-mail outbox");

        // Your account, and the pages it links to
        await ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Your account" }), "/account$");
        await Expect(heading).ToHaveTextAsync("Your account");

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Manage signed-in browsers" }), "/account/sessions$");
        await Expect(heading).ToHaveTextAsync("Signed-in browsers");
        await Expect(page.GetByText("This browser", new() { Exact = true })).ToBeVisibleAsync();

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back" }), "/account$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Manage two-factor authentication" }), "/account/two-factor-authentication$");
        await Expect(heading).ToHaveTextAsync("Set up two-factor authentication");
        var qrCode = page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" });
        await Expect(qrCode).ToBeVisibleAsync();
        Assert.True(await qrCode.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The QR code image did not load.");

        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Back" }), "/account$");
        await ClickAndCheckAsync(session, page.GetByRole(AriaRole.Link, new() { Name = "Manage passkeys" }), "/account/passkeys$");
        await Expect(heading).ToHaveTextAsync("Passkeys");

        session.AssertNoCspViolations();
    }

    /// GOV.UK error summary: shown, focused (so screen readers announce it), and each error links to its field.
    private static async Task AssertErrorSummaryAsync(IPage page)
    {
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        await Expect(summary).ToBeInViewportAsync();

        var links = summary.Locator(".govuk-error-summary__list a");
        var count = await links.CountAsync();
        Assert.True(count >= 2, $"Expected an error for each required field, got {count}.");
        for (var i = 0; i < count; i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            Assert.NotNull(href);
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            await Expect(page.Locator($"[id='{href[1..]}']")).ToHaveCountAsync(1);
        }

        // Following the first link puts the cursor in the field it names.
        var first = await links.First.GetAttributeAsync("href");
        await links.First.ClickAsync();
        await Expect(page.Locator($"[id='{first![1..]}']")).ToBeFocusedAsync();
    }

    internal static async Task ClickAndCheckAsync(BrowserSession session, ILocator target, string urlPattern)
    {
        // A form that posts back to its own address (record as held, issue the note) leaves the old page matching the
        // pattern until the new one commits, so the address alone does not say the click has landed. A handler
        // attached before the click counts each document the main frame commits; none can be missed.
        var page = session.Page;
        var committed = 0;
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
                Interlocked.Increment(ref committed);
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await target.ClickAsync();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref committed) == 0)
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(90))
                    throw new Xunit.Sdk.XunitException($"Clicking {target} opened no page in 90 seconds (still on {page.Url}).");
                await Task.Delay(50);
            }
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(session.BaseUrl) + urlPattern), new() { Timeout = 90_000 });
        await session.CheckPageAsync();
    }
}
