using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Completed&lt;/govuk-tag&gt;</c>.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    private static readonly string[] Colours =
        ["grey", "green", "turquoise", "blue", "light-blue", "purple", "pink", "red", "orange", "yellow"];

    /// <summary>One of grey, green, turquoise, blue, light-blue, purple, pink, red, orange, yellow; none for the default (blue).</summary>
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Colour is not null && !Colours.Contains(Colour, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Unknown govuk-tag colour '{Colour}'.");
        }

        GovUkHtml.SetElement(output, "strong", GovUkHtml.Classes("govuk-tag", Colour is null ? null : "govuk-tag--" + Colour));
    }
}
