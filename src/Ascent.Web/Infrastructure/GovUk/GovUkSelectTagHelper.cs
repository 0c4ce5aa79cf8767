using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK select. An option is selected when its value equals the posted or model value;
/// when there is neither, <see cref="SelectListItem.Selected"/> decides.
/// </summary>
[HtmlTargetElement("govuk-select")]
public sealed class GovUkSelectTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    public bool LabelIsPageHeading { get; set; }

    public string? Hint { get; set; }

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public string? SelectClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovUkField.Resolve(ViewContext, For);
        var current = field.CurrentValues();

        var html = new GovUkHtml();
        GovUkFormParts.FormGroupStart(html, field);
        GovUkFormParts.Label(html, field.Id, Label, LabelClass, LabelIsPageHeading);
        GovUkFormParts.HintAndError(html, field, Hint);
        html.Open(
            "select",
            ("class", GovUkHtml.Classes("govuk-select", SelectClass, field.HasError ? "govuk-select--error" : null)),
            ("id", field.Id),
            ("name", field.Name),
            ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))));
        foreach (var item in Items)
        {
            var isSelected = current.Count == 0 ? item.Selected : current.Contains(item.Value ?? item.Text);
            html.Element(
                "option",
                item.Text,
                ("value", item.Value),
                ("selected", isSelected ? "" : null),
                ("disabled", item.Disabled ? "" : null));
        }

        html.Close("select").Close("div");
        GovUkHtml.Replace(output, html);
    }
}
