using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK checkboxes for a collection property (<c>string[]</c>, <c>List&lt;string&gt;</c>, ...).
/// An item is checked when its value is in the posted or model collection; when that is
/// empty, <see cref="SelectListItem.Selected"/> decides. The first checkbox's id is the field id.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovUkCheckboxesTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Legend { get; set; }

    /// <summary>Overrides the legend size class (default medium, or large as a page heading).</summary>
    public string? LegendClass { get; set; }

    public bool LegendIsPageHeading { get; set; }

    public string? Hint { get; set; }

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public bool Small { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);
        var hasFieldset = !string.IsNullOrEmpty(Legend);
        var describedBy = field.DescribedBy(!string.IsNullOrEmpty(Hint));
        var current = field.CurrentValues();

        var html = new GovUkHtml();
        GovUkFormParts.FormGroupStart(html, field);
        if (hasFieldset)
        {
            html.Open("fieldset", ("class", "govuk-fieldset"), ("aria-describedby", describedBy));
            GovUkFormParts.Legend(html, Legend, LegendClass, LegendIsPageHeading);
        }

        GovUkFormParts.HintAndError(html, field, Hint);
        html.Open(
            "div",
            ("class", GovUkHtml.Classes("govuk-checkboxes", Small ? "govuk-checkboxes--small" : null)),
            ("data-module", "govuk-checkboxes"));

        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var id = index == 1 ? field.Id : $"{field.Id}-{index}";
            var value = item.Value ?? item.Text;
            var isChecked = current.Count == 0 ? item.Selected : current.Contains(value);
            html.Open("div", ("class", "govuk-checkboxes__item"))
                .Open(
                    "input",
                    ("class", "govuk-checkboxes__input"),
                    ("id", id),
                    ("name", field.Name),
                    ("type", "checkbox"),
                    ("value", value),
                    ("checked", isChecked ? "" : null),
                    ("disabled", item.Disabled ? "" : null),
                    // Without a fieldset the hint and error are announced with each checkbox instead.
                    ("aria-describedby", hasFieldset ? null : describedBy))
                .Element("label", item.Text, ("class", "govuk-label govuk-checkboxes__label"), ("for", id))
                .Close("div");
        }

        html.Close("div");
        if (hasFieldset)
        {
            html.Close("fieldset");
        }

        html.Close("div");
        GovUkHtml.Replace(output, html);
    }
}
