using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK notification banner. <c>type="success"</c> makes it an alert; otherwise it is a region.
/// <see cref="Heading"/> becomes the <c>govuk-notification-banner__heading</c> paragraph, before any content.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovUkNotificationBannerTagHelper : TagHelper
{
    private const string TitleId = "govuk-notification-banner-title";

    public string? Type { get; set; }

    /// <summary>Defaults to "Success" for success banners and "Important" otherwise.</summary>
    public string? Title { get; set; }

    public string? Heading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var isSuccess = string.Equals(Type, "success", StringComparison.Ordinal);
        GovUkHtml.SetElement(output, "div", GovUkHtml.Classes("govuk-notification-banner", isSuccess ? "govuk-notification-banner--success" : null));
        output.Attributes.SetAttribute("role", isSuccess ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", TitleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");

        var start = new GovUkHtml()
            .Open("div", ("class", "govuk-notification-banner__header"))
            .Element("h2", Title ?? (isSuccess ? "Success" : "Important"), ("class", "govuk-notification-banner__title"), ("id", TitleId))
            .Close("div")
            .Open("div", ("class", "govuk-notification-banner__content"));
        if (!string.IsNullOrEmpty(Heading))
        {
            start.Element("p", Heading, ("class", "govuk-notification-banner__heading"));
        }

        output.PreContent.AppendHtml(start);
        output.PostContent.AppendHtml("</div>");
    }
}
