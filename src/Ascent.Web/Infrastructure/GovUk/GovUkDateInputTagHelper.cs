using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK date input for a <see cref="DateInput"/> (or <see cref="DateOnly"/>) property.
/// Inputs are named <c>{name}.Day</c>, <c>{name}.Month</c>, <c>{name}.Year</c> so they bind to
/// <see cref="DateInput"/>. The day input's id is the field id, so the error summary can link to it;
/// for that reason the wrapping <c>govuk-date-input</c> div has no id of its own.
/// </summary>
[HtmlTargetElement("govuk-date-input")]
public sealed class GovUkDateInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Legend { get; set; }

    /// <summary>Overrides the legend size class (default medium, or large as a page heading).</summary>
    public string? LegendClass { get; set; }

    public bool LegendIsPageHeading { get; set; }

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);
        field.UseFirstErrorOf([field.Name + ".Day", field.Name + ".Month", field.Name + ".Year"]);
        var hasFieldset = !string.IsNullOrEmpty(Legend);
        var model = For.Model switch
        {
            DateInput input => input,
            DateOnly date => DateInput.From(date),
            _ => new DateInput(),
        };

        var html = new GovUkHtml();
        GovUkFormParts.FormGroupStart(html, field);
        if (hasFieldset)
        {
            html.Open("fieldset", ("class", "govuk-fieldset"), ("role", "group"), ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))));
            GovUkFormParts.Legend(html, Legend, LegendClass, LegendIsPageHeading);
        }

        GovUkFormParts.HintAndError(html, field, Hint);
        html.Open("div", ("class", "govuk-date-input"));
        Item(html, field, field.Id, nameof(DateInput.Day), model.Day, 2);
        Item(html, field, field.Id + "-month", nameof(DateInput.Month), model.Month, 2);
        Item(html, field, field.Id + "-year", nameof(DateInput.Year), model.Year, 4);
        html.Close("div");
        if (hasFieldset)
        {
            html.Close("fieldset");
        }

        html.Close("div");
        GovUkHtml.Replace(output, html);
    }

    private static void Item(GovUkHtml html, GovUkField field, string id, string part, string? modelValue, int width)
    {
        var name = field.Name + "." + part;
        var value = field.AttemptedValue(name) ?? modelValue;
        html.Open("div", ("class", "govuk-date-input__item"))
            .Open("div", ("class", "govuk-form-group"))
            .Element("label", part, ("class", "govuk-label govuk-date-input__label"), ("for", id))
            .Open(
                "input",
                ("class", GovUkHtml.Classes("govuk-input govuk-date-input__input", field.HasError ? "govuk-input--error" : null, "govuk-input--width-" + width)),
                ("id", id),
                ("name", name),
                ("type", "text"),
                ("value", string.IsNullOrEmpty(value) ? null : value),
                ("inputmode", "numeric"))
            .Close("div")
            .Close("div");
    }
}
