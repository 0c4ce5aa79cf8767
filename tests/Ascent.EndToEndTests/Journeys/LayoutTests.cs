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

        // A setting's page leads with its standing and latest inspection, and what is under way, above the fold.
        await LaAdministratorJourneyTests.ClickAndCheckAsync(session, page.Locator("main table tbody tr a").First, "/settings/\\d+$");
        await AssertHeaderAsync(page, email, "Settings");
        foreach (var id in new[] { "latest-inspection", "support-now" })
        {
            var box = await page.Locator($"#{id}").BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= 800, $"{email}: #{id} is below the fold ({box?.Y})");
        }

        var standing = await page.Locator("#at-a-glance .govuk-tag").First.BoundingBoxAsync();
        Assert.True(standing is not null && standing.Y + standing.Height <= 800, $"{email}: the standing is below the fold");

        await LaAdministratorJourneyTests.ClickAndCheckAsync(session, navigation.GetByRole(AriaRole.Link, new() { Name = "Your account", Exact = true }), "/account$");
        await AssertHeaderAsync(page, email, "Your account");
        session.AssertNoCspViolations();
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
