using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK pagination: previous/next links and page numbers showing the first, last, current and
/// adjacent pages, with ellipses for gaps (a gap of a single page shows that page instead).
/// Renders nothing when there is at most one page.
/// </summary>
[HtmlTargetElement("govuk-pagination")]
public sealed class GovUkPaginationTagHelper : TagHelper
{
    private const string PreviousIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";

    private const string NextIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    public int CurrentPage { get; set; } = 1;

    public int PageCount { get; set; }

    /// <summary>
    /// Pages follow <see cref="PageCount"/> that were not counted: the last page is not known, so an ellipsis
    /// stands after PageCount instead of the last page's number.
    /// </summary>
    public bool MorePages { get; set; }

    /// <summary>Builds the link for a page number, e.g. <c>@(p =&gt; Url.Page("./Index", new { p }))</c>.</summary>
    public Func<int, string> PageUrl { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (PageCount <= 1 && !MorePages)
        {
            output.SuppressOutput();
            return;
        }

        ArgumentNullException.ThrowIfNull(PageUrl);
        var current = Math.Clamp(CurrentPage, 1, PageCount);
        var html = new GovUkHtml();
        html.Open("nav", ("class", "govuk-pagination"), ("aria-label", "Pagination"));

        if (current > 1)
        {
            html.Open("div", ("class", "govuk-pagination__prev"))
                .Open("a", ("class", "govuk-link govuk-pagination__link"), ("href", PageUrl(current - 1)), ("rel", "prev"))
                .Raw(PreviousIcon)
                .Raw("<span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span>")
                .Close("a")
                .Close("div");
        }

        html.Open("ul", ("class", "govuk-pagination__list"));
        foreach (var page in Pages(current, PageCount, MorePages))
        {
            if (page is null)
            {
                html.Raw("<li class=\"govuk-pagination__item govuk-pagination__item--ellipsis\">&ctdot;</li>");
                continue;
            }

            var number = page.Value.ToString(CultureInfo.InvariantCulture);
            var isCurrent = page == current;
            html.Open("li", ("class", GovUkHtml.Classes("govuk-pagination__item", isCurrent ? "govuk-pagination__item--current" : null)))
                .Element(
                    "a",
                    number,
                    ("class", "govuk-link govuk-pagination__link"),
                    ("href", PageUrl(page.Value)),
                    ("aria-label", "Page " + number),
                    ("aria-current", isCurrent ? "page" : null))
                .Close("li");
        }

        html.Close("ul");

        if (current < PageCount || MorePages)
        {
            html.Open("div", ("class", "govuk-pagination__next"))
                .Open("a", ("class", "govuk-link govuk-pagination__link"), ("href", PageUrl(current + 1)), ("rel", "next"))
                .Raw("<span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span>")
                .Raw(NextIcon)
                .Close("a")
                .Close("div");
        }

        html.Close("nav");
        GovUkHtml.Replace(output, html);
    }

    /// <summary>The page numbers to show in order; null stands for an ellipsis.</summary>
    internal static IReadOnlyList<int?> Pages(int current, int count, bool more = false)
    {
        var shown = new SortedSet<int> { 1, current - 1, current, current + 1, count };
        shown.RemoveWhere(page => page < 1 || page > count);

        var result = new List<int?>();
        foreach (var page in shown)
        {
            var previous = result.Count == 0 ? null : result[^1];
            if (previous is { } p && page - p == 2)
            {
                result.Add(p + 1);
            }
            else if (previous is { } q && page - q > 2)
            {
                result.Add(null);
            }

            result.Add(page);
        }

        if (more)
        {
            result.Add(null);
        }

        return result;
    }
}
