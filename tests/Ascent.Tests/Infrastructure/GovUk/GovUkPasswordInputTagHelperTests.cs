using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkPasswordInputTagHelperTests
{
    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    [Fact]
    public async Task Render_Default_MatchesFixture()
    {
        var helper = new GovUkPasswordInputTagHelper { For = _page.For("password"), Label = "Password", ViewContext = _page.ViewContext };

        HtmlAssert.Equivalent(GovUkFixtures.PasswordInput_Default, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithErrorAndHint_MatchesFixture()
    {
        _page.Error("password-input-with-error-message", "Error message goes here");
        var helper = new GovUkPasswordInputTagHelper
        {
            For = _page.For("password-input-with-error-message"),
            Label = "Password",
            Hint = "It probably has some letters, numbers and maybe even some symbols in it.",
            ViewContext = _page.ViewContext,
        };

        var expected = GovUkFixtures.PasswordInput_WithErrorMessage.Replace("name=\"test-name-3\"", "name=\"password-input-with-error-message\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithNewPasswordAutocomplete_MatchesFixture()
    {
        var helper = new GovUkPasswordInputTagHelper
        {
            For = _page.For("password-input-new-password"),
            Label = "Password",
            Autocomplete = "new-password",
            ViewContext = _page.ViewContext,
        };

        var expected = GovUkFixtures.PasswordInput_WithNewPasswordAutocomplete.Replace("name=\"password\"", "name=\"password-input-new-password\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WhenPostedWithError_NeverRedisplaysPassword()
    {
        _page.Posted("Input.Password", "hunter2");
        _page.Error("Input.Password", "Enter your password");
        var helper = new GovUkPasswordInputTagHelper { For = _page.For(m => m.Input.Password), Label = "Password", ViewContext = _page.ViewContext };

        var html = await TagHelperRenderer.RenderAsync(helper);
        var input = HtmlAssert.Parse(html).QuerySelector("input")!;

        Assert.False(input.HasAttribute("value"));
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.Equal("Input_Password", input.Id);
        Assert.Contains("govuk-input--error", input.ClassList);
        Assert.Equal("Input_Password-error", input.GetAttribute("aria-describedby"));
    }
}
