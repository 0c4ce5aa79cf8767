using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK button; the element content is the button text. With <see cref="Href"/> it becomes a link styled as a button.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    private const string StartIcon =
        "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">"
        + "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>";

    private static readonly string[] Variants = ["secondary", "warning", "inverse"];

    /// <summary><c>secondary</c>, <c>warning</c> or <c>inverse</c>; none for the primary button.</summary>
    public string? Variant { get; set; }

    public string? Href { get; set; }

    public string Type { get; set; } = "submit";

    public string? Name { get; set; }

    public string? Value { get; set; }

    public bool? PreventDoubleClick { get; set; }

    public bool IsStartButton { get; set; }

    public bool Disabled { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Variant is not null && !Variants.Contains(Variant, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Unknown govuk-button variant '{Variant}'.");
        }

        var isLink = !string.IsNullOrEmpty(Href);
        GovUkHtml.SetElement(
            output,
            isLink ? "a" : "button",
            GovUkHtml.Classes("govuk-button", Variant is null ? null : "govuk-button--" + Variant, IsStartButton ? "govuk-button--start" : null));
        output.Attributes.SetAttribute("data-module", "govuk-button");

        if (isLink)
        {
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }
        else
        {
            output.Attributes.SetAttribute("type", string.IsNullOrEmpty(Type) ? "submit" : Type);
            SetIfPresent(output, "name", Name);
            SetIfPresent(output, "value", Value);
            if (Disabled)
            {
                output.Attributes.Add(new TagHelperAttribute("disabled"));
                output.Attributes.SetAttribute("aria-disabled", "true");
            }

            if (PreventDoubleClick is { } prevent)
            {
                output.Attributes.SetAttribute("data-prevent-double-click", prevent ? "true" : "false");
            }
        }

        if (IsStartButton)
        {
            output.PostContent.AppendHtml(StartIcon);
        }
    }

    private static void SetIfPresent(TagHelperOutput output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.Attributes.SetAttribute(name, value);
        }
    }
}

/// <summary>Groups buttons and links: <c>&lt;govuk-button-group&gt;</c>.</summary>
[HtmlTargetElement("govuk-button-group")]
public sealed class GovUkButtonGroupTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        GovUkHtml.SetElement(output, "div", "govuk-button-group");
}
