using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkErrorSummaryTagHelperTests
{
    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    private Task<string> RenderSummaryAsync() =>
        TagHelperRenderer.RenderAsync(new GovUkErrorSummaryTagHelper { ViewContext = _page.ViewContext });

    [Fact]
    public async Task Render_WhenModelStateIsValid_RendersNothing()
    {
        _page.Posted("Input.Email", "a@example.com");

        Assert.Equal("", await RenderSummaryAsync());
    }

    [Fact]
    public async Task Render_WithFieldErrors_MatchesFixture()
    {
        _page.Error("example-error-1", "The date your passport was issued must be in the past");
        _page.Error("example-error-2", "Enter a postcode, like AA1 1AA");

        HtmlAssert.Equivalent(GovUkFixtures.ErrorSummary_Default, await RenderSummaryAsync());
    }

    [Fact]
    public async Task Render_WithModelLevelError_MatchesFixtureWithUnlinkedItem()
    {
        _page.Error("", "Invalid username or password");
        _page.Error("example-error-1", "Agree to the terms of service to log in");

        HtmlAssert.Equivalent(GovUkFixtures.ErrorSummary_MixedWithAndWithoutLinks, await RenderSummaryAsync());
    }

    [Fact]
    public async Task Render_WithSeveralErrorsOnOneField_ListsTheFirstOnce()
    {
        _page.Error("Input.Email", "Enter an email address");
        _page.Error("Input.Email", "Enter a shorter email address");

        var items = HtmlAssert.Parse(await RenderSummaryAsync()).QuerySelectorAll(".govuk-error-summary__list li");

        Assert.Equal("Enter an email address", Assert.Single(items).TextContent.Trim());
    }

    [Fact]
    public async Task Render_WithScriptInMessage_EncodesIt()
    {
        _page.Error("Input.Email", "<script>alert(1)</script>");

        var document = HtmlAssert.Parse(await RenderSummaryAsync());

        Assert.Null(document.QuerySelector("script"));
        Assert.Equal("<script>alert(1)</script>", document.QuerySelector("a")!.TextContent);
    }

    [Fact]
    public async Task Render_LinksToTheFirstControlOfEachField()
    {
        _page.Error("Input.Email", "Enter an email address");
        _page.Error("Input.Choice", "Select an option");
        _page.Error("Input.Choices", "Select at least one");
        _page.Error("Input.Dob", "Enter a date of birth");
        _page.Error("Input.Notes", "Enter notes");
        _page.Error("Input.Age", "Select an age");
        _page.Error("Input.Password", "Enter a password");
        SelectListItem[] items = [new("A", "a"), new("B", "b")];
        var fields = new List<string>
        {
            await TagHelperRenderer.RenderAsync(new GovUkInputTagHelper { For = _page.For(m => m.Input.Email), Label = "Email", ViewContext = _page.ViewContext }),
            await TagHelperRenderer.RenderAsync(new GovUkRadiosTagHelper { For = _page.For(m => m.Input.Choice), Legend = "Choice", Items = items, ViewContext = _page.ViewContext }),
            await TagHelperRenderer.RenderAsync(new GovUkCheckboxesTagHelper { For = _page.For(m => m.Input.Choices), Legend = "Choices", Items = items, ViewContext = _page.ViewContext }),
            await TagHelperRenderer.RenderAsync(new GovUkDateInputTagHelper { For = _page.For(m => m.Input.Dob), Legend = "Date of birth", ViewContext = _page.ViewContext }),
            await TagHelperRenderer.RenderAsync(new GovUkTextareaTagHelper { For = _page.For(m => m.Input.Notes), Label = "Notes", ViewContext = _page.ViewContext }),
            await TagHelperRenderer.RenderAsync(new GovUkSelectTagHelper { For = _page.For(m => m.Input.Age), Label = "Age", Items = items, ViewContext = _page.ViewContext }),
            await TagHelperRenderer.RenderAsync(new GovUkPasswordInputTagHelper { For = _page.For(m => m.Input.Password), Label = "Password", ViewContext = _page.ViewContext }),
        };
        var page = HtmlAssert.Parse(await RenderSummaryAsync() + string.Concat(fields));

        var links = page.QuerySelectorAll(".govuk-error-summary__list a");

        Assert.Equal(7, links.Length);
        Assert.All(links, link =>
        {
            var id = link.GetAttribute("href")![1..];
            var target = page.GetElementById(id);
            Assert.NotNull(target);
            Assert.True(target.LocalName is "input" or "textarea" or "select", $"#{id} is a {target.LocalName}");
            var errorMessage = page.GetElementById(id + "-error");
            Assert.NotNull(errorMessage);
            Assert.EndsWith(link.TextContent, errorMessage.TextContent.Trim(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Render_ListsModelErrorsFirstThenFieldsInDeclarationOrder()
    {
        _page.Error("Input.Age", "Enter an age");
        _page.Error("Input.Dob.Year", "Year must be a number");
        _page.Error("Input.Email", "Enter an email address");
        _page.Error("", "Something went wrong");
        _page.Error("Input.Notes", "Enter notes");

        var items = HtmlAssert.Parse(await RenderSummaryAsync()).QuerySelectorAll(".govuk-error-summary__list li");

        Assert.Equal(
            ["Something went wrong", "Enter an email address", "Enter notes", "Year must be a number", "Enter an age"],
            items.Select(i => i.TextContent.Trim()));
    }
}
