using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkInputTagHelperTests
{
    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    private GovUkInputTagHelper Helper(ModelExpression modelExpression, string label) =>
        new() { For = modelExpression, Label = label, ViewContext = _page.ViewContext };

    [Fact]
    public async Task Render_WithErrorAndHint_MatchesFixture()
    {
        _page.Error("with-error-hint", "Enter a National Insurance number in the correct format");
        var helper = Helper(_page.For("with-error-hint"), "National insurance number");
        helper.Hint = "It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.";

        HtmlAssert.Equivalent(GovUkFixtures.Input_WithErrorAndHint, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithLabelAsPageHeading_MatchesFixture()
    {
        var helper = Helper(_page.For("input-with-page-heading"), "National Insurance number");
        helper.LabelIsPageHeading = true;

        // Our name is the model name, from which the id is derived; the fixture's name differs from its id.
        var expected = GovUkFixtures.Input_WithLabelAsPageHeading.Replace("name=\"test-name\"", "name=\"input-with-page-heading\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithPrefixAndSuffix_MatchesFixture()
    {
        var helper = Helper(_page.For("input-with-prefix-suffix"), "Cost per item, in pounds");
        helper.Prefix = "£";
        helper.Suffix = "per item";

        var expected = GovUkFixtures.Input_WithPrefixAndSuffix.Replace("name=\"cost\"", "name=\"input-with-prefix-suffix\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithModelValue_MatchesFixture()
    {
        var helper = Helper(_page.For("with-value", "QQ 12 34 56 C"), "With value");

        HtmlAssert.Equivalent(GovUkFixtures.Input_Value, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithAutocomplete_MatchesFixture()
    {
        var helper = Helper(_page.For("input-with-autocomplete-attribute"), "Postcode");
        helper.Autocomplete = "postal-code";

        var expected = GovUkFixtures.Input_WithAutocompleteAttribute.Replace("name=\"postcode\"", "name=\"input-with-autocomplete-attribute\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithSpellcheckDisabled_MatchesFixture()
    {
        var helper = Helper(_page.For("input-with-spellcheck-disabled"), "Spellcheck is disabled");
        helper.Spellcheck = false;

        var expected = GovUkFixtures.Input_WithSpellcheckDisabled.Replace("name=\"spellcheck\"", "name=\"input-with-spellcheck-disabled\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithInputMode_MatchesFixture()
    {
        var helper = Helper(_page.For("with-inputmode"), "With inputmode");
        helper.InputMode = "decimal";

        HtmlAssert.Equivalent(GovUkFixtures.Input_Inputmode, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithWidthClassAndHint_MatchesFixture()
    {
        var helper = Helper(_page.For("input-width-20"), "National insurance number");
        helper.InputClass = "govuk-input--width-20";
        helper.Hint = "It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.";

        var expected = GovUkFixtures.Input_WithWidth20Class.Replace("name=\"test-width-20\"", "name=\"input-width-20\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_ForModelProperty_UsesFullNameSanitisedIdAndModelValue()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Email = "a@example.com" } });
        var helper = new GovUkInputTagHelper { For = page.For(m => m.Input.Email), Label = "Email address", Type = "email", ViewContext = page.ViewContext };

        var input = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelector("input")!;

        Assert.Equal("Input_Email", input.Id);
        Assert.Equal("Input.Email", input.GetAttribute("name"));
        Assert.Equal("email", input.GetAttribute("type"));
        Assert.Equal("a@example.com", input.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WhenFieldHasError_ShowsErrorMessageAndModifier()
    {
        _page.Error("Input.Email", "Enter an email address");
        var helper = Helper(_page.For(m => m.Input.Email), "Email address");
        helper.Hint = "We will only use this to contact you";

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Contains("govuk-form-group--error", document.QuerySelector(".govuk-form-group")!.ClassList);
        var error = document.QuerySelector("p.govuk-error-message")!;
        Assert.Equal("Input_Email-error", error.Id);
        Assert.Equal("Error: Enter an email address", error.TextContent.Trim());
        var input = document.QuerySelector("input")!;
        Assert.Contains("govuk-input--error", input.ClassList);
        Assert.Equal("Input_Email-hint Input_Email-error", input.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Render_WhenPostedWithError_RedisplaysAttemptedValue()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { Age = 4 } });
        page.Posted("Input.Age", "four\"><script>alert(1)</script>");
        page.Error("Input.Age", "Enter a number");
        var helper = new GovUkInputTagHelper { For = page.For(m => m.Input.Age), Label = "Age", ViewContext = page.ViewContext };

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Equal("four\"><script>alert(1)</script>", document.QuerySelector("input")!.GetAttribute("value"));
        Assert.Null(document.QuerySelector("script"));
    }

    [Fact]
    public async Task Render_WithScriptInLabelAndHint_EncodesText()
    {
        var helper = Helper(_page.For(m => m.Input.Email), "<script>alert('label')</script>");
        helper.Hint = "<b>hint</b>";

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));

        Assert.Null(document.QuerySelector("script"));
        Assert.Null(document.QuerySelector("b"));
        Assert.Equal("<script>alert('label')</script>", document.QuerySelector("label")!.TextContent.Trim());
        Assert.Equal("<b>hint</b>", document.QuerySelector(".govuk-hint")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_WithDateOnlyModel_FormatsIsoDate()
    {
        var page = new TagHelperHarness<GovUkTestPage>(new GovUkTestPage { Input = { StartDate = new DateOnly(2025, 9, 1) } });
        var helper = new GovUkInputTagHelper { For = page.For(m => m.Input.StartDate), Label = "Start", ViewContext = page.ViewContext };

        var input = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelector("input")!;

        Assert.Equal("2025-09-01", input.GetAttribute("value"));
    }

    [Fact]
    public async Task Render_WithHtmlFieldPrefix_PrefixesNameAndId()
    {
        _page.ViewContext.ViewData.TemplateInfo.HtmlFieldPrefix = "Outer";
        var helper = Helper(_page.For(m => m.Input.Email), "Email");

        var input = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper)).QuerySelector("input")!;

        Assert.Equal("Outer.Input.Email", input.GetAttribute("name"));
        Assert.Equal("Outer_Input_Email", input.Id);
    }
}
