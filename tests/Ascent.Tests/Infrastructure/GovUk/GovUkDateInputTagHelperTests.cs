using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkDateInputTagHelperTests
{
    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    /// <summary>
    /// The fixture's markup with our two documented differences: the day input's id is the field id
    /// (so the error summary can link to it, which leaves the wrapper div without that id), and the
    /// inputs are named {name}.Day/.Month/.Year so they bind to <see cref="DateInput"/>.
    /// </summary>
    private static string Adapt(string fixture, string id) => fixture
        .Replace($"class=\"govuk-date-input\" id=\"{id}\"", "class=\"govuk-date-input\"", StringComparison.Ordinal)
        .Replace($"{id}-day", id, StringComparison.Ordinal)
        .Replace("name=\"day\"", $"name=\"{id}.Day\"", StringComparison.Ordinal)
        .Replace("name=\"month\"", $"name=\"{id}.Month\"", StringComparison.Ordinal)
        .Replace("name=\"year\"", $"name=\"{id}.Year\"", StringComparison.Ordinal);

    [Fact]
    public async Task Render_WithErrorAndHint_MatchesFixture()
    {
        _page.Error("dob-errors", "Error message goes here");
        var helper = new GovUkDateInputTagHelper
        {
            For = _page.For("dob-errors", new DateInput()),
            Legend = "What is your date of birth?",
            LegendClass = "",
            Hint = "For example, 31 3 1980",
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(Adapt(GovUkFixtures.DateInput_WithErrorMessageAndHint, "dob-errors"), await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithModelValues_MatchesFixture()
    {
        var helper = new GovUkDateInputTagHelper
        {
            For = _page.For("with-values", new DateInput { Day = "31", Month = "3", Year = "1980" }),
            Legend = "What is your date of birth?",
            LegendClass = "",
            Hint = "For example, 31 3 1980",
            ViewContext = _page.ViewContext,
        };

        HtmlAssert.Equivalent(Adapt(GovUkFixtures.DateInput_WithValues, "with-values"), await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_ForModelProperty_NamesPartsForBindingAndIdsDayAsField()
    {
        var helper = new GovUkDateInputTagHelper { For = _page.For(m => m.Input.Dob), Legend = "Date of birth", ViewContext = _page.ViewContext };

        var inputs = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("input");

        Assert.Equal(["Input_Dob", "Input_Dob-month", "Input_Dob-year"], inputs.Select(i => i.Id));
        Assert.Equal(["Input.Dob.Day", "Input.Dob.Month", "Input.Dob.Year"], inputs.Select(i => i.GetAttribute("name")));
        Assert.All(inputs, i => Assert.Equal("numeric", i.GetAttribute("inputmode")));
    }

    [Fact]
    public async Task Render_WhenFieldHasError_ShowsErrorAndMarksAllThreeInputs()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Dob = new DateInput { Day = "1", Month = "1", Year = "2000" } } });
        page.Posted("Input.Dob.Day", "31");
        page.Posted("Input.Dob.Month", "2");
        page.Posted("Input.Dob.Year", "<b>2024</b>");
        page.Error("Input.Dob", "Date of birth must be a real date");
        var helper = new GovUkDateInputTagHelper { For = page.For(m => m.Input.Dob), Legend = "Date of birth", Hint = "For example, 27 3 2007", ViewContext = page.ViewContext };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));
        var inputs = document.QuerySelectorAll("input");

        Assert.Contains("govuk-form-group--error", document.QuerySelector(".govuk-form-group")!.ClassList);
        Assert.Equal("Error: Date of birth must be a real date", document.QuerySelector("#Input_Dob-error")!.TextContent.Trim());
        Assert.Equal("Input_Dob-hint Input_Dob-error", document.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.All(inputs, i => Assert.Contains("govuk-input--error", i.ClassList));
        Assert.Equal(["31", "2", "<b>2024</b>"], inputs.Select(i => i.GetAttribute("value")));
        Assert.Null(document.QuerySelector("b"));
    }

    [Fact]
    public async Task Render_WhenPartHasError_ShowsThatError()
    {
        _page.Error("Input.Dob.Month", "Month must be a number");
        var helper = new GovUkDateInputTagHelper { For = _page.For(m => m.Input.Dob), Legend = "Date of birth", ViewContext = _page.ViewContext };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Equal("Error: Month must be a number", document.QuerySelector("#Input_Dob-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_WithDateOnlyModel_ShowsItsParts()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { StartDate = new DateOnly(2024, 9, 2) } });
        var helper = new GovUkDateInputTagHelper { For = page.For(m => m.Input.StartDate), Legend = "Start date", ViewContext = page.ViewContext };

        var inputs = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelectorAll("input");

        Assert.Equal(["2", "9", "2024"], inputs.Select(i => i.GetAttribute("value")));
    }
}
