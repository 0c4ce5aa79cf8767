using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkPaginationTagHelperTests
{
    private static GovUkPaginationTagHelper Helper(int current, int count) =>
        new() { CurrentPage = current, PageCount = count, PageUrl = p => $"/page/{p}" };

    /// <summary>The fixtures' previous/next links point at "/previous" and "/next"; ours point at the adjacent page.</summary>
    private static string Adapt(string fixture, int current) => fixture
        .Replace("href=\"/previous\"", $"href=\"/page/{current - 1}\"", StringComparison.Ordinal)
        .Replace("href=\"/next\"", $"href=\"/page/{current + 1}\"", StringComparison.Ordinal);

    private static async Task<List<string>> ItemsAsync(int current, int count)
    {
        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(Helper(current, count)));
        return document.QuerySelectorAll(".govuk-pagination__item")
            .Select(li => li.ClassList.Contains("govuk-pagination__item--current") ? $"[{li.TextContent.Trim()}]" : li.TextContent.Trim())
            .ToList();
    }

    [Theory]
    [InlineData(2, 3, GovUkFixtures.Pagination_Default)]
    [InlineData(1, 3, GovUkFixtures.Pagination_FirstPage)]
    [InlineData(3, 3, GovUkFixtures.Pagination_LastPage)]
    public async Task Render_MatchesFixture(int current, int count, string fixture)
    {
        HtmlAssert.Equivalent(Adapt(fixture, current), await TagHelperRenderer.RenderAsync(Helper(current, count)));
    }

    [Fact]
    public async Task Render_FirstOfTen_ShowsNextAndTrailingEllipsis()
    {
        Assert.Equal(["[1]", "2", "⋯", "10"], await ItemsAsync(1, 10));
    }

    [Fact]
    public async Task Render_FifthOfTen_ShowsEllipsesEitherSide()
    {
        Assert.Equal(["1", "⋯", "4", "[5]", "6", "⋯", "10"], await ItemsAsync(5, 10));
    }

    [Fact]
    public async Task Render_TenthOfTen_ShowsLeadingEllipsis()
    {
        Assert.Equal(["1", "⋯", "9", "[10]"], await ItemsAsync(10, 10));
    }

    [Fact]
    public async Task Render_WhenGapIsOnePage_ShowsThatPageInsteadOfEllipsis()
    {
        Assert.Equal(["1", "2", "[3]", "4", "⋯", "10"], await ItemsAsync(3, 10));
    }

    [Fact]
    public async Task Render_FifthOfTen_LinksPreviousNextAndMarksCurrentPage()
    {
        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(Helper(5, 10)));

        Assert.Equal("/page/4", document.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/page/6", document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Previous page", document.QuerySelector("a[rel=prev]")!.TextContent.Trim());
        Assert.Equal(" page", document.QuerySelector("a[rel=next] .govuk-visually-hidden")!.TextContent);
        var current = Assert.Single(document.QuerySelectorAll("[aria-current]"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("Page 5", current.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Render_WithMorePagesUncounted_EndsWithEllipsisAndLinksNext()
    {
        var helper = new GovUkPaginationTagHelper { CurrentPage = 5, PageCount = 6, MorePages = true, PageUrl = p => $"/page/{p}" };
        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        var items = document.QuerySelectorAll(".govuk-pagination__item").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["1", "⋯", "4", "5", "6", "⋯"], items);
        Assert.Equal("govuk-pagination__item govuk-pagination__item--ellipsis", document.QuerySelectorAll("li")[^1].ClassName);
        Assert.Equal("/page/6", document.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Render_WithAtMostOnePage_RendersNothing(int count)
    {
        Assert.Equal("", await TagHelperRenderer.RenderAsync(Helper(1, count)));
    }
}
