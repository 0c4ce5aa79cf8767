using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Input.Notes" label="Notes" rows="5" /&gt;</c>.</summary>
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

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);

        var html = new GovUkHtml();
        GovUkFormParts.FormGroupStart(html, field);
        GovUkFormParts.Label(html, field.Id, Label, LabelClass, LabelIsPageHeading);
        GovUkFormParts.HintAndError(html, field, Hint);
        html.Open(
                "textarea",
                ("class", GovUkHtml.Classes("govuk-textarea", field.HasError ? "govuk-textarea--error" : null, TextareaClass)),
                ("id", field.Id),
                ("name", field.Name),
                ("rows", (Rows > 0 ? Rows : 5).ToString(CultureInfo.InvariantCulture)),
                ("spellcheck", Spellcheck switch { true => "true", false => "false", null => null }),
                ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))),
                ("autocomplete", Autocomplete))
            // HTML parsing drops one newline straight after <textarea>, so a value starting with a newline keeps it.
            .Raw("\n")
            .Text(field.Value)
            .Close("textarea")
            .Close("div");
        GovUkHtml.Replace(output, html);
    }
}
