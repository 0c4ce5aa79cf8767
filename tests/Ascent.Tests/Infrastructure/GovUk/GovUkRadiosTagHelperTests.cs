using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkRadiosTagHelperTests
{
    private static readonly SelectListItem[] YesNo = [new("Yes", "yes"), new("No", "no")];

    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    [Fact]
    public async Task Render_WithHintAndError_MatchesFixture()
    {
        _page.Error("example-error-message-hint", "Please select an option");
        var helper = new GovUkRadiosTagHelper
        {
            For = _page.For("example-error-message-hint"),
            Legend = "Have you changed your name?",
            LegendClass = "",
            Hint = "This includes changing your last name or spelling your name differently.",
            Items = YesNo,
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Radios_WithHintAndErrorMessage, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_InlineWithCheckedModelValue_MatchesFixture()
    {
        var helper = new GovUkRadiosTagHelper
        {
            For = _page.For("example", "no"),
            Legend = "Have you changed your name?",
            LegendClass = "",
            Hint = "This includes changing your last name or spelling your name differently.",
            Items = YesNo,
            Inline = true,
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Radios_Inline, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithoutLegend_MatchesFixtureWithoutFieldset()
    {
        var helper = new GovUkRadiosTagHelper { For = _page.For("example-default", "no"), Items = YesNo, ViewContext = _page.ViewContext };

        HtmlAssert.Equivalent(GovUkFixtures.Radios_PrecheckedUsingValue, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_ForModelProperty_NumbersItemIdsFromFieldId()
    {
        var helper = new GovUkRadiosTagHelper
        {
            For = _page.For(m => m.Input.Choice),
            Legend = "Pick one",
            Items = [new("A", "a"), new("B", "b"), new("C", "c")],
            ViewContext = _page.ViewContext,
        };

        var inputs = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("input");

        Assert.Equal(["Input_Choice", "Input_Choice-2", "Input_Choice-3"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal("Input.Choice", i.GetAttribute("name")));
    }

    [Fact]
    public async Task Render_DefaultLegend_IsMediumAndPageHeadingIsLargeH1()
    {
        var normal = new GovUkRadiosTagHelper { For = _page.For(m => m.Input.Choice), Legend = "Pick", Items = YesNo, ViewContext = _page.ViewContext };
        var heading = new GovUkRadiosTagHelper { For = _page.For(m => m.Input.Choice), Legend = "Pick", Items = YesNo, LegendIsPageHeading = true, ViewContext = _page.ViewContext };

        var normalLegend = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(normal)).QuerySelector("legend")!;
        var headingLegend = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(heading)).QuerySelector("legend")!;

        Assert.Contains("govuk-fieldset__legend--m", normalLegend.ClassList);
        Assert.Null(normalLegend.QuerySelector("h1"));
        Assert.Contains("govuk-fieldset__legend--l", headingLegend.ClassList);
        Assert.Equal("Pick", headingLegend.QuerySelector("h1.govuk-fieldset__heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_WhenFieldHasError_ShowsErrorMessageAndDescribesFieldset()
    {
        _page.Error("Input.Choice", "Select yes or no");
        var helper = new GovUkRadiosTagHelper { For = _page.For(m => m.Input.Choice), Legend = "Pick", Hint = "Hint", Items = YesNo, ViewContext = _page.ViewContext };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Contains("govuk-form-group--error", document.QuerySelector(".govuk-form-group")!.ClassList);
        Assert.Equal("Input_Choice-hint Input_Choice-error", document.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select yes or no", document.QuerySelector("#Input_Choice-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_WhenPosted_ChecksAttemptedValueNotModelValue()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Choice = "yes" } });
        page.Posted("Input.Choice", "no");
        var helper = new GovUkRadiosTagHelper { For = page.For(m => m.Input.Choice), Items = YesNo, ViewContext = page.ViewContext };

        var checkedInputs = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("input[checked]");

        Assert.Equal("no", Assert.Single(checkedInputs).GetAttribute("value"));
    }

    [Theory]
    [InlineData("Monthly")]
    [InlineData("2")]
    public async Task Render_WithEnumModel_ChecksItemByNameOrNumber(string itemValue)
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Frequency = GovUkTestFrequency.Monthly } });
        var helper = new GovUkRadiosTagHelper
        {
            For = page.For(m => m.Input.Frequency),
            Items = [new("Weekly", "x"), new("Monthly", itemValue)],
            ViewContext = page.ViewContext,
        };

        var checkedInputs = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("input[checked]");

        Assert.Equal(itemValue, Assert.Single(checkedInputs).GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WithSmallAndSelectedItem_AddsModifierAndUsesSelectedWhenNoValue()
    {
        var helper = new GovUkRadiosTagHelper
        {
            For = _page.For(m => m.Input.Choice),
            Items = [new("Yes", "yes"), new("No", "no", selected: true)],
            Small = true,
            ViewContext = _page.ViewContext,
        };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Contains("govuk-radios--small", document.QuerySelector("[data-module=govuk-radios]")!.ClassList);
        Assert.Equal("no", Assert.Single(document.QuerySelectorAll("input[checked]")).GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WithScriptInItemAndLegend_EncodesText()
    {
        var helper = new GovUkRadiosTagHelper
        {
            For = _page.For(m => m.Input.Choice),
            Legend = "<script>legend</script>",
            Items = [new("<script>item</script>", "\"><script>")],
            ViewContext = _page.ViewContext,
        };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Null(document.QuerySelector("script"));
        Assert.Equal("<script>item</script>", document.QuerySelector("label")!.TextContent.Trim());
        Assert.Equal("\"><script>", document.QuerySelector("input")!.GetAttribute("value"));
    }
}
