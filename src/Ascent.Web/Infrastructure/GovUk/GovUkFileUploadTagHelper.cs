using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK file upload: <c>&lt;govuk-file-upload asp-for="Files" label="Upload a file" multiple accept=".csv" /&gt;</c>.</summary>
/// <remarks>A browser never sends a file back, so unlike other fields there is no value to redisplay.</remarks>
[HtmlTargetElement("govuk-file-upload")]
public sealed class GovUkFileUploadTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    public bool LabelIsPageHeading { get; set; }

    public string? Hint { get; set; }

    public bool Multiple { get; set; }

    public string? Accept { get; set; }

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
            "input",
            ("class", GovUkHtml.Classes("govuk-file-upload", field.HasError ? "govuk-file-upload--error" : null)),
            ("id", field.Id),
            ("name", field.Name),
            ("type", "file"),
            ("multiple", Multiple ? "multiple" : null),
            ("accept", Accept),
            ("aria-describedby", field.DescribedBy(!string.IsNullOrEmpty(Hint))));
        html.Close("div");
        GovUkHtml.Replace(output, html);
    }
}
