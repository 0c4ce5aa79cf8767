using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// A tiny HTML writer for the GOV.UK tag helpers. Text and attribute values are
/// HTML-encoded when the content is written, so callers never encode by hand.
/// </summary>
internal sealed class GovUkHtml : IHtmlContent
{
    private static readonly HashSet<string> BooleanAttributes =
        new(StringComparer.Ordinal) { "checked", "selected", "disabled", "hidden", "open" };

    private readonly HtmlContentBuilder _builder = new();

    /// <summary>Writes a start tag. Attributes whose value is null are left out.</summary>
    public GovUkHtml Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _builder.AppendHtml("<").AppendHtml(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _builder.AppendHtml(" ").AppendHtml(name);
            if (!BooleanAttributes.Contains(name))
            {
                _builder.AppendHtml("=\"").Append(value).AppendHtml("\"");
            }
        }

        _builder.AppendHtml(">");
        return this;
    }

    public GovUkHtml Close(string tag)
    {
        _builder.AppendHtml("</").AppendHtml(tag).AppendHtml(">");
        return this;
    }

    public GovUkHtml Text(string? text)
    {
        if (text is not null)
        {
            _builder.Append(text);
        }

        return this;
    }

    public GovUkHtml Html(IHtmlContent? content)
    {
        if (content is not null)
        {
            _builder.AppendHtml(content);
        }

        return this;
    }

    /// <summary>Appends trusted, constant markup (never user input).</summary>
    public GovUkHtml Raw(string html)
    {
        _builder.AppendHtml(html);
        return this;
    }

    /// <summary>Element with encoded text content.</summary>
    public GovUkHtml Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => _builder.WriteTo(writer, encoder);

    /// <summary>Joins class names, skipping null or empty ones.</summary>
    public static string Classes(params ReadOnlySpan<string?> classes)
    {
        var parts = new List<string>(classes.Length);
        foreach (var c in classes)
        {
            if (!string.IsNullOrWhiteSpace(c))
            {
                parts.Add(c.Trim());
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Makes the output a real element carrying the GOV.UK classes plus any class the page set.</summary>
    public static void SetElement(TagHelperOutput output, string tagName, string classes)
    {
        output.TagName = tagName;
        output.TagMode = TagMode.StartTagAndEndTag;
        foreach (var c in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            output.AddClass(c, HtmlEncoder.Default);
        }
    }

    /// <summary>Replaces the tag helper element with the given markup only.</summary>
    public static void Replace(TagHelperOutput output, IHtmlContent content)
    {
        output.TagName = null;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(content);
    }
}
