using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Input.Notes" label="Notes" rows="5" /&gt;</c>.</summary>
/// <remarks>
/// With <c>word-guide="200"</c> it becomes the GOV.UK character count, counting words against gentle guidance
/// rather than a limit: the count appears as the answer nears the guide, and the page never refuses a longer one.
/// Without JavaScript the message under the box says how many words were written last time it was saved.
/// </remarks>
[HtmlTargetElement("govuk-textarea")]
public sealed class GovUkTextareaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    public bool LabelIsPageHeading { get; set; }

    public string? Hint { get; set; }

    public int Rows { get; set; } = 5;

    public string? Autocomplete { get; set; }

    public bool? Spellcheck { get; set; }

    public string? TextareaClass { get; set; }

    /// The number of words Ascent suggests; null for a plain textarea.
    public int? WordGuide { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);

        var html = new GovUkHtml();
        var guide = WordGuide is > 0 ? WordGuide : null;
        var infoId = field.Id + "-info";
        if (guide is { } words)
        {
            html.Open(
                "div",
                ("class", GovUkHtml.Classes("govuk-form-group", "govuk-character-count", field.HasError ? "govuk-form-group--error" : null)),
                ("data-module", "govuk-character-count"),
                ("data-maxwords", words.ToString(CultureInfo.InvariantCulture)),
                ("data-threshold", "75"),
                ("data-i18n.words-under-limit.one", "%{count} word left of the guide"),
                ("data-i18n.words-under-limit.other", "%{count} words left of the guide"),
                ("data-i18n.words-at-limit", "You have reached the guide"),
                ("data-i18n.words-over-limit.one", "%{count} word over the guide: shorter answers get read"),
                ("data-i18n.words-over-limit.other", "%{count} words over the guide: shorter answers get read"),
                ("data-i18n.textarea-description.other", $"Aim for about {words} words"));
        }
        else
        {
            GovUkFormParts.FormGroupStart(html, field);
        }

        GovUkFormParts.Label(html, field.Id, Label, LabelClass, LabelIsPageHeading);
        GovUkFormParts.HintAndError(html, field, Hint);
        var describedBy = field.DescribedBy(!string.IsNullOrEmpty(Hint));
        html.Open(
                "textarea",
                ("class", GovUkHtml.Classes("govuk-textarea", guide is null ? null : "govuk-js-character-count", field.HasError ? "govuk-textarea--error" : null, TextareaClass)),
                ("id", field.Id),
                ("name", field.Name),
                ("rows", (Rows > 0 ? Rows : 5).ToString(CultureInfo.InvariantCulture)),
                ("spellcheck", Spellcheck switch { true => "true", false => "false", null => null }),
                ("aria-describedby", guide is null ? describedBy : GovUkHtml.Classes(infoId, describedBy)),
                ("autocomplete", Autocomplete))
            // HTML parsing drops one newline straight after <textarea>, so a value starting with a newline keeps it.
            .Raw("\n")
            .Text(field.Value)
            .Close("textarea");
        if (guide is { } guideWords)
        {
            html.Open("div", ("id", infoId), ("class", "govuk-hint govuk-character-count__message"))
                .Text(WordGuideMessage(field.Value, guideWords))
                .Close("div");
        }

        html.Close("div");
        GovUkHtml.Replace(output, html);
    }

    /// What the message says before any script runs, and always without JavaScript.
    public static string WordGuideMessage(string? text, int guide)
    {
        var count = CountWords(text);
        return count switch
        {
            0 => $"Aim for about {guide} words.",
            _ when count <= guide => $"Aim for about {guide} words. You have written {count}.",
            _ => $"Aim for about {guide} words. You have written {count}: shorter answers get read.",
        };
    }

    // Words as the GOV.UK character count counts them: runs of characters between spaces.
    private static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
