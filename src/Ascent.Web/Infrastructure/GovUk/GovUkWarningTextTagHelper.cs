using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK warning text with the "!" icon and visually hidden "Warning" prefix.</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class GovUkWarningTextTagHelper : TagHelper
{
    public string IconFallbackText { get; set; } = "Warning";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "div", "govuk-warning-text");
        output.PreContent.AppendHtml(new GovUkHtml()
            .Element("span", "!", ("class", "govuk-warning-text__icon"), ("aria-hidden", "true"))
            .Open("strong", ("class", "govuk-warning-text__text"))
            .Element("span", IconFallbackText, ("class", "govuk-visually-hidden"))
            .Raw(" "));
        output.PostContent.AppendHtml("</strong>");
    }
}
