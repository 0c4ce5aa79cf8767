using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK password input with its show/hide button (hidden until the govuk-frontend script runs).
/// The value is never written back to the page, even after a failed post.
/// </summary>
[HtmlTargetElement("govuk-password-input")]
public sealed class GovUkPasswordInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    public bool LabelIsPageHeading { get; set; }

    public string? Hint { get; set; }

    /// <summary><c>current-password</c> (the default) or <c>new-password</c>.</summary>
    public string Autocomplete { get; set; } = "current-password";

    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);

        var html = new GovUkHtml();
        html.Open(
            "div",
            ("class", GovUkHtml.Classes("govuk-form-group", field.HasError ? "govuk-form-group--error" : null, "govuk-password-input")),
            ("data-module", "govuk-password-input"));
        GovUkFormParts.Label(html, field.Id, Label, LabelClass, LabelIsPageHeading);
        GovUkFormParts.HintAndError(html, field, Hint);
        html.Open("div", ("class", "govuk-input__wrapper govuk-password-input__wrapper"))
            .Open(
                "input",
                ("class", GovUkHtml.Classes("govuk-input govuk-password-input__input govuk-js-password-input-input", InputClass, field.HasError ? "govuk-input--error" : null)),
                ("id", field.Id),
                ("name", field.Name),
                ("type", "password"),
                ("spellcheck", "false"),
                ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))),
                ("autocomplete", string.IsNullOrEmpty(Autocomplete) ? "current-password" : Autocomplete),
                ("autocapitalize", "none"))
            .Element(
                "button",
                "Show",
                ("type", "button"),
                ("class", "govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle"),
                ("data-module", "govuk-button"),
                ("aria-controls", field.Id),
                ("aria-label", "Show password"),
                ("hidden", ""))
            .Close("div")
            .Close("div");
        GovUkHtml.Replace(output, html);
    }
}
