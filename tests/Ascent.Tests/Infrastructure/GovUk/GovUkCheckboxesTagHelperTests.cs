using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkCheckboxesTagHelperTests
{
    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    [Fact]
    public async Task Render_WithErrorAndHint_MatchesFixture()
    {
        _page.Error("example", "Please select an option");
        var helper = new GovUkCheckboxesTagHelper
        {
            For = _page.For("example"),
            Legend = "What is your nationality?",
            LegendClass = "",
            Hint = "If you have dual nationality, select all options that are relevant to you.",
            Items = [new("British", "british"), new("Irish", "irish")],
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Checkboxes_WithErrorMessageAndHint, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithLegendAsPageHeading_MatchesFixture()
    {
        var helper = new GovUkCheckboxesTagHelper
        {
            For = _page.For("waste"),
            Legend = "Which types of waste do you transport regularly?",
            LegendIsPageHeading = true,
            Hint = "Select all that apply",
            Items = [new("Waste from animal carcasses", "animal"), new("Waste from mines or quarries", "mines"), new("Farm or agricultural waste", "farm")],
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Checkboxes_WithLegendAsAPageHeading, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithModelValues_MatchesFixtureWithCheckedItems()
    {
        var helper = new GovUkCheckboxesTagHelper
        {
            For = _page.For("example-name", new List<string> { "2", "3" }),
            Items = [new("Option 1", "1"), new("Option 2", "2"), new("Option 3", "3")],
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Checkboxes_WithCheckedItem, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_ForListProperty_ChecksValuesInCollection()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Tags = ["b", "c"] } });
        var helper = new GovUkCheckboxesTagHelper
        {
            For = page.For(m => m.Input.Tags),
            Legend = "Tags",
            Items = [new("A", "a"), new("B", "b"), new("C", "c")],
            ViewContext = page.ViewContext,
        };

        var inputs = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("input");

        Assert.Equal(["Input_Tags", "Input_Tags-2", "Input_Tags-3"], inputs.Select(i => i.Id));
        Assert.Equal(["b", "c"], inputs.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Render_WhenPostedWithError_ChecksAttemptedValuesAndShowsError()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Choices = ["a"] } });
        page.Posted("Input.Choices", "b", "c");
        page.Error("Input.Choices", "Select no more than 2");
        var helper = new GovUkCheckboxesTagHelper
        {
            For = page.For(m => m.Input.Choices),
            Legend = "Choices",
            Items = [new("A", "a"), new("B", "b"), new("C", "c")],
            ViewContext = page.ViewContext,
        };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Equal(["b", "c"], document.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")));
        Assert.Contains("govuk-form-group--error", document.QuerySelector(".govuk-form-group")!.ClassList);
        Assert.Equal("Input_Choices-error", document.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select no more than 2", document.QuerySelector("#Input_Choices-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_WithoutLegend_DescribesEachCheckboxWithHint()
    {
        var helper = new GovUkCheckboxesTagHelper
        {
            For = _page.For(m => m.Input.Choices),
            Hint = "Tick to agree",
            Items = [new("I agree", "yes")],
            ViewContext = _page.ViewContext,
        };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Null(document.QuerySelector("fieldset"));
        Assert.Equal("Input_Choices-hint", document.QuerySelector("input")!.GetAttribute("aria-describedby"));
    }
}
