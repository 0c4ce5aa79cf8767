using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkTextareaTagHelperTests
{
    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    private GovUkTextareaTagHelper Helper(ModelExpression modelExpression, string label) =>
        new() { For = modelExpression, Label = label, ViewContext = _page.ViewContext };

    [Fact]
    public async Task Render_Default_MatchesFixture()
    {
        var helper = Helper(_page.For("more-detail"), "Can you provide more detail?");

        HtmlAssert.Equivalent(GovUkFixtures.Textarea_Default, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithHintAndError_MatchesFixture()
    {
        _page.Error("with-hint-error", "Error message");
        var helper = Helper(_page.For("with-hint-error"), "With hint and error");
        helper.Hint = "Hint";

        HtmlAssert.Equivalent(GovUkFixtures.Textarea_WithHintAndErrorMessage, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithModelValue_MatchesFixture()
    {
        var helper = Helper(_page.For("full-address", "221B Baker Street\nLondon\nNW1 6XE\n"), "Full address");

        var expected = GovUkFixtures.Textarea_WithDefaultValue.Replace("name=\"address\"", "name=\"full-address\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithCustomRows_MatchesFixture()
    {
        var helper = Helper(_page.For("full-address"), "Full address");
        helper.Rows = 8;

        var expected = GovUkFixtures.Textarea_WithCustomRows.Replace("name=\"address\"", "name=\"full-address\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WithLabelAsPageHeading_MatchesFixture()
    {
        var helper = Helper(_page.For("textarea-with-page-heading"), "Full address");
        helper.LabelIsPageHeading = true;

        var expected = GovUkFixtures.Textarea_WithLabelAsPageHeading.Replace("name=\"address\"", "name=\"textarea-with-page-heading\"", StringComparison.Ordinal);
        HtmlAssert.Equivalent(expected, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WhenPosted_RedisplaysAttemptedValueEncoded()
    {
        _page.Posted("Input.Notes", "\nfirst line</textarea><script>alert(1)</script>");
        _page.Error("Input.Notes", "Notes must be 10 characters or fewer");
        var helper = Helper(_page.For(m => m.Input.Notes), "Notes");

        var document = HtmlAssert.Parse(await TagHelperRenderer.RenderAsync(helper));
        var textarea = (AngleSharp.Html.Dom.IHtmlTextAreaElement)document.QuerySelector("textarea")!;

        Assert.Null(document.QuerySelector("script"));
        Assert.Equal("\nfirst line</textarea><script>alert(1)</script>", textarea.Value);
        Assert.Contains("govuk-textarea--error", textarea.ClassList);
        Assert.Equal("Input_Notes-error", textarea.GetAttribute("aria-describedby"));
    }

    // govuk-frontend 6.6.0, components/character-count/fixtures.json "with word count", with Ascent's gentle wording
    // and the count of what is already written in the message.
    [Fact]
    public async Task Render_WithWordGuide_IsTheCharacterCountCountingWords()
    {
        var helper = Helper(_page.For("word-count", "Twelve children play outside"), "Full address");
        helper.WordGuide = 10;

        HtmlAssert.Equivalent("""
            <div class="govuk-form-group govuk-character-count" data-module="govuk-character-count" data-maxwords="10" data-threshold="75"
                data-i18n.words-under-limit.one="%{count} word left of the guide" data-i18n.words-under-limit.other="%{count} words left of the guide"
                data-i18n.words-at-limit="You have reached the guide"
                data-i18n.words-over-limit.one="%{count} word over the guide: shorter answers get read" data-i18n.words-over-limit.other="%{count} words over the guide: shorter answers get read"
                data-i18n.textarea-description.other="Aim for about 10 words">
              <label class="govuk-label" for="word-count">Full address</label>
              <textarea class="govuk-textarea govuk-js-character-count" id="word-count" name="word-count" rows="5" aria-describedby="word-count-info">Twelve children play outside</textarea>
              <div id="word-count-info" class="govuk-hint govuk-character-count__message">Aim for about 10 words. You have written 4.</div>
            </div>
            """, await TagHelperRenderer.RenderAsync(helper));
    }

    [Theory]
    [InlineData(null, "Aim for about 5 words.")]
    [InlineData("one two  three\nfour five", "Aim for about 5 words. You have written 5.")]
    [InlineData("one two three four five six", "Aim for about 5 words. You have written 6: shorter answers get read.")]
    public void WordGuideMessage_SaysHowManyWordsAgainstTheGuide(string? text, string expected) =>
        Assert.Equal(expected, GovUkTextareaTagHelper.WordGuideMessage(text?.Replace("\\n", "\n", StringComparison.Ordinal), 5));
}
