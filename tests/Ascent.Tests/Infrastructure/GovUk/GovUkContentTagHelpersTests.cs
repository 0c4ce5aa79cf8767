using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Tests.Infrastructure.GovUk;

/// <summary>Tag, notification banner, back link, inset text, warning text, panel, details and fieldset.</summary>
public sealed class GovUkContentTagHelpersTests
{
    [Fact]
    public async Task Tag_Render_MatchesFixtures()
    {
        HtmlAssert.Equivalent(GovUkFixtures.Tag_Default, await TagHelperRenderer.RenderAsync(new GovUkTagTagHelper(), "Alpha"));
        HtmlAssert.Equivalent(GovUkFixtures.Tag_Grey, await TagHelperRenderer.RenderAsync(new GovUkTagTagHelper { Colour = "grey" }, "Grey"));
    }

    [Theory]
    [InlineData("light-blue")]
    [InlineData("yellow")]
    public async Task Tag_Render_WithColour_AddsModifier(string colour)
    {
        var tag = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(new GovUkTagTagHelper { Colour = colour }, "x")).QuerySelector("strong")!;

        Assert.Equal(["govuk-tag", "govuk-tag--" + colour], tag.ClassList);
    }

    [Fact]
    public async Task Tag_Render_WithUnknownColour_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => TagHelperRenderer.RenderAsync(new GovUkTagTagHelper { Colour = "black" }, "x"));
    }

    [Fact]
    public async Task NotificationBanner_Render_MatchesFixtures()
    {
        HtmlAssert.Equivalent(
            GovUkFixtures.NotificationBanner_Default,
            await TagHelperRenderer.RenderAsync(new GovUkNotificationBannerTagHelper { Heading = "This publication was withdrawn on 7 March 2014." }));
        HtmlAssert.Equivalent(
            GovUkFixtures.NotificationBanner_WithTypeAsSuccess,
            await TagHelperRenderer.RenderAsync(new GovUkNotificationBannerTagHelper { Type = "success", Heading = "Email sent to example@email.com" }));
        HtmlAssert.Equivalent(
            GovUkFixtures.NotificationBanner_CustomTitle,
            await TagHelperRenderer.RenderAsync(new GovUkNotificationBannerTagHelper { Title = "Important information", Heading = "This publication was withdrawn on 7 March 2014." }));
    }

    [Fact]
    public async Task NotificationBanner_Render_WithContent_PutsItAfterHeading()
    {
        var html = await TagHelperRenderer.RenderAsync(
            new GovUkNotificationBannerTagHelper { Type = "success", Heading = "Saved <now>" },
            "<p class=\"govuk-body\">More</p>");

        var content = HtmlAssert.Parse(html).QuerySelector(".govuk-notification-banner__content")!;

        Assert.Equal(["p", "p"], content.Children.Select(c => c.LocalName));
        Assert.Equal("Saved <now>", content.Children[0].TextContent);
        Assert.Equal("govuk-body", content.Children[1].ClassName);
    }

    [Fact]
    public async Task BackLink_Render_MatchesFixture()
    {
        HtmlAssert.Equivalent(GovUkFixtures.BackLink_Default, await TagHelperRenderer.RenderAsync(new GovUkBackLinkTagHelper()));
    }

    [Fact]
    public async Task BackLink_Render_WithHrefAndText_UsesThem()
    {
        var link = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(new GovUkBackLinkTagHelper { Href = "/settings?a=1&b=2" }, "Back to settings")).QuerySelector("a")!;

        Assert.Equal("/settings?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal("Back to settings", link.TextContent);
    }

    [Fact]
    public async Task InsetText_Render_MatchesFixture()
    {
        HtmlAssert.Equivalent(
            GovUkFixtures.InsetText_Default,
            await TagHelperRenderer.RenderAsync(new GovUkInsetTextTagHelper(), "It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application."));
    }

    [Fact]
    public async Task WarningText_Render_MatchesFixture()
    {
        HtmlAssert.Equivalent(
            GovUkFixtures.WarningText_Default,
            await TagHelperRenderer.RenderAsync(new GovUkWarningTextTagHelper(), "You can be fined up to £5,000 if you don’t register."));
    }

    [Fact]
    public async Task Panel_Render_MatchesFixture()
    {
        HtmlAssert.Equivalent(
            GovUkFixtures.Panel_Default,
            await TagHelperRenderer.RenderAsync(new GovUkPanelTagHelper { Title = "Application complete" }, "Your reference number<br><strong>HDJ2123F</strong>"));
    }

    [Fact]
    public async Task Panel_Render_WithoutContent_OmitsBody()
    {
        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(new GovUkPanelTagHelper { Title = "<b>Done</b>" }));

        Assert.Null(document.QuerySelector(".govuk-panel__body"));
        Assert.Equal("<b>Done</b>", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Details_Render_MatchesFixtures()
    {
        const string Text = "We need to know your nationality so we can work out which elections you’re entitled to vote in. If you can’t provide your nationality, you’ll have to send copies of identity documents through the post.";
        var expanded = new TagElement(
            new GovUkDetailsTagHelper { Summary = "Help with nationality", Open = true },
            "govuk-details",
            [new TagHelperAttribute("id", "help-with-nationality")],
            [Text]);

        HtmlAssert.Equivalent(GovUkFixtures.Details_Default, await TagHelperRenderer.RenderAsync(new GovUkDetailsTagHelper { Summary = "Help with nationality" }, Text));
        HtmlAssert.Equivalent(GovUkFixtures.Details_Expanded, await TagHelperRenderer.RenderAsync(expanded));
    }

    [Fact]
    public async Task Fieldset_Render_MatchesFixtures()
    {
        HtmlAssert.Equivalent(
            GovUkFixtures.Fieldset_AsPageHeadingL,
            await TagHelperRenderer.RenderAsync(new GovUkFieldsetTagHelper { Legend = "What is your address?", LegendIsPageHeading = true }));
        HtmlAssert.Equivalent(
            GovUkFixtures.Fieldset_StyledAsMediumText,
            await TagHelperRenderer.RenderAsync(new GovUkFieldsetTagHelper { Legend = "What is your address?" }));
        HtmlAssert.Equivalent(
            GovUkFixtures.Fieldset_HtmlFieldsetContent,
            await TagHelperRenderer.RenderAsync(
                new GovUkFieldsetTagHelper { Legend = "What is your address?", LegendClass = "" },
                "<div class=\"my-content\">\n  <p>This is some content to put inside the fieldset</p>\n</div>\n"));
    }

    [Fact]
    public async Task Fieldset_Render_WithScriptInLegend_EncodesIt()
    {
        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(new GovUkFieldsetTagHelper { Legend = "<script>x</script>" }));

        Assert.Null(document.QuerySelector("script"));
        Assert.Equal("<script>x</script>", document.QuerySelector("legend")!.TextContent.Trim());
    }
}
