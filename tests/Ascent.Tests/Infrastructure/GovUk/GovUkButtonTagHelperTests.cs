using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkButtonTagHelperTests
{
    public static TheoryData<string, string, Action<GovUkButtonTagHelper>> Fixtures => new()
    {
        { GovUkFixtures.Button_Default, "Save and continue", _ => { } },
        { GovUkFixtures.Button_Link, "Link button", b => b.Href = "/" },
        { GovUkFixtures.Button_Start, "Start now button", b => b.IsStartButton = true },
        { GovUkFixtures.Button_StartLink, "Start now link button", b => (b.Href, b.IsStartButton) = ("/", true) },
        { GovUkFixtures.Button_Secondary, "Secondary button", b => (b.Variant, b.Name) = ("secondary", "secondary") },
        { GovUkFixtures.Button_Warning, "Warning button", b => (b.Variant, b.Name) = ("warning", "Warning") },
        { GovUkFixtures.Button_Inverse, "Inverse button", b => (b.Variant, b.Name) = ("inverse", "Inverse") },
        { GovUkFixtures.Button_PreventDoubleClick, "Submit", b => b.PreventDoubleClick = true },
        { GovUkFixtures.Button_Name, "Submit", b => b.Name = "start-now" },
        { GovUkFixtures.Button_Value, "Submit", b => b.Value = "start" },
        { GovUkFixtures.Button_Disabled, "Disabled button", b => b.Disabled = true },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Render_MatchesFixture(string expected, string text, Action<GovUkButtonTagHelper> configure)
    {
        var helper = new GovUkButtonTagHelper();
        configure(helper);

        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper, text));
    }

    [Fact]
    public async Task Render_WithTypeAndPageClass_KeepsBothClasses()
    {
        var element = new TagElement(new GovUkButtonTagHelper { Type = "button" }, "govuk-button", [new("class", "app-extra")], ["Go"]);

        var button = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(element)).QuerySelector("button")!;

        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Equal(["app-extra", "govuk-button"], button.ClassList.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Render_WithUnknownVariant_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => TagHelperRenderer.RenderAsync(new GovUkButtonTagHelper { Variant = "primary" }, "Go"));
    }

    [Fact]
    public async Task ButtonGroup_Render_WrapsContent()
    {
        var html = await TagHelperRenderer.RenderAsync(new TagElement(
            new GovUkButtonGroupTagHelper(),
            "govuk-button-group",
            new TagElement(new GovUkButtonTagHelper(), "govuk-button", "Save"),
            "<a class=\"govuk-link\" href=\"/\">Cancel</a>"));

        HtmlAssert.Equivalent(
            """
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button">Save</button>
              <a class="govuk-link" href="/">Cancel</a>
            </div>
            """,
            html);
    }
}
