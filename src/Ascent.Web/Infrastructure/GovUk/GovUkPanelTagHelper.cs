using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK confirmation panel: <c>&lt;govuk-panel title="Application complete"&gt;body&lt;/govuk-panel&gt;</c>.</summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovUkPanelTagHelper : TagHelper
{
    public string Title { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "div", "govuk-panel govuk-panel--confirmation");
        var body = await output.GetChildContentAsync();
        var html = new GovUkHtml().Element("h1", Title, ("class", "govuk-panel__title"));
        if (!body.IsEmptyOrWhiteSpace)
        {
            html.Open("div", ("class", "govuk-panel__body")).Html(body).Close("div");
        }

        output.Content.SetHtmlContent(html);
    }
}
