using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

[HtmlTargetElement("govuk-inset-text")]
public sealed class GovUkInsetTextTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        GovUkHtml.SetElement(output, "div", "govuk-inset-text");
}
