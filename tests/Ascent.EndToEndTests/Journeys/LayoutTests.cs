using Ascent.EndToEndTests.Support;
using Ascent.Web.Data.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ascent.EndToEndTests.Journeys;

/// At 1280 by 800 pixels, for every demo role: the header is one row (the service name and every item of the menu,
/// "Your account" and "Sign out" included, at the same height), exactly one item is current, and a setting's page
/// shows its standing and what is under way above the fold.
[Collection(SharedBrowser.Name)]
public sealed class LayoutTests(AscentBrowserFixture app)
{
    public static TheoryData<string> DemoRoles =>
    [
        .. DemoUsers.LocalAuthority.Select(u => u.Email),
        .. DemoUsers.Setting.Select(u => u.Email),
        DemoUsers.SystemAdministrator.Email,
        DemoUsers.SecondTenantAdministrator.Email,
    ];

    [Theory]
    [MemberData(nameof(DemoRoles))]
    public async Task TheHeaderIsOneRow_WithOneCurrentItem_ForEveryRole(string email)
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignInTests.SignInAsync(session, email, DemoUsers.Password);
        await AssertHeaderAsync(page, email, "Home");

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await LaAdministratorJourneyTests.ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }), "/settings$");
        await AssertHeaderAsync(page, email, "Settings");
        await ScreenshotAsync(page, $"settings-{email}");

        // A setting's page leads with its standing and latest inspection, and what is under way, above the fold.
        await LaAdministratorJourneyTests.ClickAndCheckAsync(session, page.Locator("main table tbody tr a").First, "/settings/\\d+$");
        await AssertHeaderAsync(page, email, "Settings");
        var glance = await page.Locator("#at-a-glance").BoundingBoxAsync();
        Assert.True(glance is not null && glance.Y + glance.Height <= 800, $"{email}: what matters ends below the fold, at {glance?.Y + glance?.Height} pixels, on {page.Url}");
        await ScreenshotAsync(page, $"setting-{email}");

        await LaAdministratorJourneyTests.ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Your account", Exact = true }), "/account$");
        await AssertHeaderAsync(page, email, "Your account");
        session.AssertNoCspViolations();
    }

    /// ASCENT_E2E_SCREENSHOTS names a folder to keep what each role saw, for a person to look at.
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ASCENT_E2E_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    }

    /// Every item of the header at the same height (the service name, the links, the Sign out button), and exactly one
    /// of them current: the expected one.
    private static async Task AssertHeaderAsync(IPage page, string email, string current)
    {
        var tops = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.govuk-service-navigation__service-name, .govuk-service-navigation__item')].map(e => e.getBoundingClientRect().top)");
        Assert.True(tops.Length > 3, $"{email}: the header has no menu");
        Assert.True(tops.Max() - tops.Min() < 1, $"{email}: the header wraps onto more than one row on {page.Url} (tops {string.Join(", ", tops)})");

        var active = page.Locator(".govuk-service-navigation__item--active");
        await Expect(active).ToHaveCountAsync(1);
        Assert.StartsWith(current, (await active.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await Expect(page.Locator(".govuk-service-navigation [aria-current=page]")).ToHaveCountAsync(1);
    }
}
