using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkSummaryListTagHelpersTests
{
    private const string ContactValue = """
        <p class="govuk-body">
          email@email.com
        </p>
        <p class="govuk-body">
          Address line 1<br>
          Address line 2<br>
          Address line 3<br>
          Address line 4<br>
          Address line 5
        </p>
        """;

    private static TagElement List(bool noBorder, params TagElement[] rows) =>
        new(new GovUkSummaryListTagHelper { NoBorder = noBorder }, "govuk-summary-list", rows);

    private static TagElement Row(string key, string value, params TagElement[] actions) =>
        new(new GovUkSummaryListRowTagHelper { Key = key }, "govuk-summary-list-row", [value, .. actions]);

    private static TagElement Action(string text, string hidden) =>
        new(new GovUkSummaryListActionTagHelper { Href = "#", VisuallyHiddenText = hidden }, "govuk-summary-list-action", text);

    [Fact]
    public async Task Render_WithSomeActions_MatchesFixtureWithNoActionsRows()
    {
        var list = List(
            false,
            Row("Name", "Firstname Lastname", Action("Edit", "name"), Action("Delete", "name")),
            Row("Date of birth", "13/08/1980"),
            Row("Contact information", ContactValue));

        HtmlAssert.Equivalent(GovUkFixtures.SummaryList_WithSomeActions, await TagHelperRenderer.RenderAsync(list));
    }

    [Fact]
    public async Task Render_WithActionsOnEveryRow_MatchesFixture()
    {
        var list = List(
            false,
            Row("Name", "Firstname Lastname", Action("Edit", "name"), Action("Delete", "name")),
            Row("Date of birth", "13/08/1980", Action("Change", "date of birth")),
            Row("Contact information", ContactValue, Action("Edit", "contact information"), Action("Change", "contact information")));

        HtmlAssert.Equivalent(GovUkFixtures.SummaryList_WithActions, await TagHelperRenderer.RenderAsync(list));
    }

    [Fact]
    public async Task Render_NoBorderWithoutActions_MatchesFixture()
    {
        var list = List(true, Row("Name", "Firstname Lastname"), Row("Date of birth", "13/08/1980"), Row("Contact information", ContactValue));

        HtmlAssert.Equivalent(GovUkFixtures.SummaryList_NoBorder, await TagHelperRenderer.RenderAsync(list));
    }

    [Fact]
    public async Task Render_WhenAnotherRowHasActions_AddsNoActionsClassOnlyToRowsWithout()
    {
        var list = List(false, Row("Name", "A", Action("Change", "name")), Row("Role", "B"));

        var rows = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(list)).QuerySelectorAll(".govuk-summary-list__row");

        Assert.DoesNotContain("govuk-summary-list__row--no-actions", rows[0].ClassList);
        Assert.Contains("govuk-summary-list__row--no-actions", rows[1].ClassList);
    }

    [Fact]
    public async Task Render_ActionLink_HasVisuallyHiddenTextWithLeadingSpace()
    {
        var list = List(false, Row("Name", "A", Action("Change", "name")));

        var link = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(list)).QuerySelector(".govuk-summary-list__actions > a.govuk-link")!;

        Assert.Equal("Change name", link.TextContent);
        Assert.Equal(" name", link.QuerySelector(".govuk-visually-hidden")!.TextContent);
    }

    [Fact]
    public async Task Render_WithScriptInKey_EncodesIt()
    {
        var list = List(false, Row("<script>key</script>", "value"));

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(list));

        Assert.Null(document.QuerySelector("script"));
        Assert.Equal("<script>key</script>", document.QuerySelector("dt")!.TextContent);
    }

    [Fact]
    public async Task Render_RowOutsideList_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => TagHelperRenderer.RenderAsync(Row("Name", "A")));
    }
}
