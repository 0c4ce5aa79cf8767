using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK text input: <c>&lt;govuk-input asp-for="Input.Email" label="Email address" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input")]
public sealed class GovUkInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    public bool LabelIsPageHeading { get; set; }

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool? Spellcheck { get; set; }

    /// <summary>Extra classes for the input itself, e.g. <c>govuk-input--width-20</c>.</summary>
    public string? InputClass { get; set; }

    public string? InputMode { get; set; }

    /// <summary>Only where a value can never be longer (a one-digit score); elsewhere GOV.UK advises a hint instead.</summary>
    public int? MaxLength { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);
        var value = field.Value;
        var hasAffix = !string.IsNullOrEmpty(Prefix) || !string.IsNullOrEmpty(Suffix);

        var html = new GovUkHtml();
        GovUkFormParts.FormGroupStart(html, field);
        GovUkFormParts.Label(html, field.Id, Label, LabelClass, LabelIsPageHeading);
        GovUkFormParts.HintAndError(html, field, Hint);
        if (hasAffix)
        {
            html.Open("div", ("class", "govuk-input__wrapper"));
            Affix(html, Prefix, "prefix");
        }

        html.Open(
            "input",
            ("class", GovUkHtml.Classes("govuk-input", InputClass, field.HasError ? "govuk-input--error" : null)),
            ("id", field.Id),
            ("name", field.Name),
            ("type", string.IsNullOrEmpty(Type) ? "text" : Type),
            ("spellcheck", Spellcheck switch { true => "true", false => "false", null => null }),
            ("value", string.IsNullOrEmpty(value) ? null : value),
            ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))),
            ("autocomplete", Autocomplete),
            ("inputmode", InputMode),
            ("maxlength", MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        if (hasAffix)
        {
            Affix(html, Suffix, "suffix");
            html.Close("div");
        }

        html.Close("div");
        GovUkHtml.Replace(output, html);
    }

    private static void Affix(GovUkHtml html, string? text, string type)
    {
        if (!string.IsNullOrEmpty(text))
        {
            html.Element("div", text, ("class", "govuk-input__" + type), ("aria-hidden", "true"));
        }
    }
}
