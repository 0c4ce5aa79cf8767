using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK details: <c>&lt;govuk-details summary="Help with ..."&gt;text&lt;/govuk-details&gt;</c>.</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovUkDetailsTagHelper : TagHelper
{
    public string Summary { get; set; } = "";

    public bool Open { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "details", "govuk-details");
        if (Open)
        {
            output.Attributes.Add(new TagHelperAttribute("open"));
        }

        output.PreContent.AppendHtml(new GovUkHtml()
            .Open("summary", ("class", "govuk-details__summary"))
            .Element("span", Summary, ("class", "govuk-details__summary-text"))
            .Close("summary")
            .Open("div", ("class", "govuk-details__text")));
        output.PostContent.AppendHtml("</div>");
    }
}
