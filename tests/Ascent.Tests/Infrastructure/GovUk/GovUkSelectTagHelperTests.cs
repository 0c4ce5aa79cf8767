using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkSelectTagHelperTests
{
    private static SelectListItem[] Options(bool disableThird = false) =>
    [
        new("GOV.UK frontend option 1", "1"),
        new("GOV.UK frontend option 2", "2"),
        new("GOV.UK frontend option 3", "3") { Disabled = disableThird },
    ];

    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    [Fact]
    public async Task Render_WithHintAndError_MatchesFixture()
    {
        _page.Error("select-2", "Error message goes here");
        var helper = new GovUkSelectTagHelper
        {
            For = _page.For("select-2"),
            Label = "Label text goes here",
            Hint = "Hint text goes here",
            Items = Options(),
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Select_WithHintTextAndErrorMessage, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithModelValue_MatchesFixtureWithSelectedOption()
    {
        var helper = new GovUkSelectTagHelper
        {
            For = _page.For("select-1", 2),
            Label = "Label text goes here",
            Items = Options(disableThird: true),
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(GovUkFixtures.Select_WithSelectedValue, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WhenPosted_SelectsAttemptedValue()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Age = 1 } });
        page.Posted("Input.Age", "3");
        var helper = new GovUkSelectTagHelper { For = page.For(m => m.Input.Age), Label = "Age", Items = Options(), ViewContext = page.ViewContext };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Equal("3", Assert.Single(document.QuerySelectorAll("option[selected]")).GetAttribute("value"));
        Assert.Equal("Input.Age", document.QuerySelector("select")!.GetAttribute("name"));
        Assert.Equal("Input_Age", document.QuerySelector("select")!.Id);
    }

    [Fact]
    public async Task Render_WithoutValue_UsesSelectedItem()
    {
        var helper = new GovUkSelectTagHelper
        {
            For = _page.For(m => m.Input.Choice),
            Label = "Choice",
            Items = [new("Choose", ""), new("A", "a", selected: true)],
            ViewContext = _page.ViewContext,
        };

        var selected = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("option[selected]");

        Assert.Equal("a", Assert.Single(selected).GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenFieldHasError_ShowsErrorMessageAndModifier()
    {
        _page.Error("Input.Choice", "Select a choice");
        var helper = new GovUkSelectTagHelper { For = _page.For(m => m.Input.Choice), Label = "Choice", Items = Options(), ViewContext = _page.ViewContext };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));
        var select = document.QuerySelector("select")!;

        Assert.Contains("govuk-select--error", select.ClassList);
        Assert.Equal("Input_Choice-error", select.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select a choice", document.QuerySelector("#Input_Choice-error")!.TextContent.Trim());
    }
}
