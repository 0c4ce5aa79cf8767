using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkTableTagHelpersTests
{
    private static TagElement Header(string text, bool numeric = false) =>
        new(new GovUkTableHeaderTagHelper { Numeric = numeric }, "govuk-table-header", text);

    private static TagElement Cell(string text, bool numeric = false) =>
        new(new GovUkTableCellTagHelper { Numeric = numeric }, "govuk-table-cell", text);

    private static TagElement Row(params TagElement[] cells) =>
        new(new GovUkTableRowTagHelper(), "govuk-table-row", cells);

    [Fact]
    public async Task Render_WithHeadAndCaption_MatchesFixture()
    {
        var table = new TagElement(
            new GovUkTableTagHelper { Caption = "Caption 1: Months and rates" },
            "govuk-table",
            new TagElement(
                new GovUkTableHeadTagHelper(),
                "govuk-table-head",
                Row(Header("Month you apply"), Header("Rate for bicycles", numeric: true), Header("Rate for vehicles", numeric: true))),
            new TagElement(
                new GovUkTableBodyTagHelper(),
                "govuk-table-body",
                Row(Header("January"), Cell("£85", numeric: true), Cell("£95", numeric: true)),
                Row(Header("February"), Cell("£75", numeric: true), Cell("£55", numeric: true)),
                Row(Header("March"), Cell("£165", numeric: true), Cell("£125", numeric: true))));

        HtmlAssert.Equivalent(GovUkFixtures.Table_WithHeadAndCaption, await TagHelperRenderer.RenderAsync(table));
    }

    [Fact]
    public async Task Render_WithExplicitScopeAndNoCaption_UsesThem()
    {
        var table = new TagElement(
            new GovUkTableTagHelper(),
            "govuk-table",
            new TagElement(new GovUkTableBodyTagHelper(), "govuk-table-body", Row(new TagElement(new GovUkTableHeaderTagHelper { Scope = "col" }, "govuk-table-header", "<script>x</script>"))));

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(table));

        Assert.Null(document.QuerySelector("caption"));
        Assert.Equal("col", document.QuerySelector("th")!.GetAttribute("scope"));
    }

    [Fact]
    public async Task Render_WithCaptionMarkup_EncodesCaption()
    {
        var table = new TagElement(new GovUkTableTagHelper { Caption = "<i>Rates</i>", CaptionClass = "govuk-table__caption--l" }, "govuk-table");

        var caption = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(table)).QuerySelector("caption")!;

        Assert.Equal("<i>Rates</i>", caption.TextContent);
        Assert.Equal(["govuk-table__caption", "govuk-table__caption--l"], caption.ClassList);
    }
}
