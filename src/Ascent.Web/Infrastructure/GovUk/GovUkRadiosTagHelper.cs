using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK radios. An item is checked when its value equals the posted or model value;
/// when there is neither, <see cref="SelectListItem.Selected"/> decides.
/// The first radio's id is the field id, so the error summary can link to it.
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovUkRadiosTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Legend { get; set; }

    /// <summary>Overrides the legend size class (default medium, or large as a page heading).</summary>
    public string? LegendClass { get; set; }

    public bool LegendIsPageHeading { get; set; }

    public string? Hint { get; set; }

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public bool Inline { get; set; }

    public bool Small { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);
        var hasFieldset = !string.IsNullOrEmpty(Legend);
        var current = field.CurrentValues();

        var html = new GovUkHtml();
        GovUkFormParts.FormGroupStart(html, field);
        if (hasFieldset)
        {
            html.Open("fieldset", ("class", "govuk-fieldset"), ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))));
            GovUkFormParts.Legend(html, Legend, LegendClass, LegendIsPageHeading);
        }

        GovUkFormParts.HintAndError(html, field, Hint);
        html.Open(
            "div",
            ("class", GovUkHtml.Classes("govuk-radios", Inline ? "govuk-radios--inline" : null, Small ? "govuk-radios--small" : null)),
            ("data-module", "govuk-radios"));

        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var id = index == 1 ? field.Id : $"{field.Id}-{index}";
            var value = item.Value ?? item.Text;
            var isChecked = current.Count == 0 ? item.Selected : current.Contains(value);
            html.Open("div", ("class", "govuk-radios__item"))
                .Open(
                    "input",
                    ("class", "govuk-radios__input"),
                    ("id", id),
                    ("name", field.Name),
                    ("type", "radio"),
                    ("value", value),
                    ("checked", isChecked ? "" : null),
                    ("disabled", item.Disabled ? "" : null))
                .Element("label", item.Text, ("class", "govuk-label govuk-radios__label"), ("for", id))
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
