using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK fieldset with a legend, wrapping other fields.</summary>
[HtmlTargetElement("govuk-fieldset")]
public sealed class GovUkFieldsetTagHelper : TagHelper
{
    public string? Legend { get; set; }

    /// <summary>Overrides the legend size class (default medium, or large as a page heading).</summary>
    public string? LegendClass { get; set; }

    public bool LegendIsPageHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "fieldset", "govuk-fieldset");
        var legend = new GovUkHtml();
        GovUkFormParts.Legend(legend, Legend, LegendClass, LegendIsPageHeading);
        output.PreContent.AppendHtml(legend);
    }
}
