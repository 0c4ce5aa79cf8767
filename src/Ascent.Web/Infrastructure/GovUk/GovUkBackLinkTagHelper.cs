using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK back link; the text defaults to "Back".</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovUkBackLinkTagHelper : TagHelper
{
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "a", "govuk-back-link");
        output.Attributes.SetAttribute("href", string.IsNullOrEmpty(Href) ? "#" : Href);
        var content = await output.GetChildContentAsync();
        if (content.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
