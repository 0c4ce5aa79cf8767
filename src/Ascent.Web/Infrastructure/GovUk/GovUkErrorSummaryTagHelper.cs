using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK error summary built from ModelState; renders nothing when there are no errors.
/// Each field with errors gets one entry (its first message, the same one shown by the field),
/// linking to the field id. Model-level errors (key "") come first, as plain text.
/// Fields are listed in the order their properties are declared on the page model (which is
/// normally the order of the form), because ModelState's own order is not insertion order.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    public string Title { get; set; } = "There is a problem";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ModelState;
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        var html = new GovUkHtml();
        html.Open("div", ("class", "govuk-error-summary"), ("data-module", "govuk-error-summary"))
            .Open("div", ("role", "alert"))
            .Element("h2", Title, ("class", "govuk-error-summary__title"))
            .Open("div", ("class", "govuk-error-summary__body"))
            .Open("ul", ("class", "govuk-list govuk-error-summary__list"));

        var metadata = ViewContext.ViewData.ModelMetadata;
        var fields = modelState
            .Where(e => e.Value?.Errors.Count > 0)
            .Select(e => (e.Key, e.Value!.Errors))
            .OrderBy(e => DeclarationOrder(metadata, e.Key), Comparer<IReadOnlyList<int>>.Create(CompareOrder));
        foreach (var (key, errors) in fields)
        {
            if (key.Length == 0)
            {
                foreach (var error in errors)
                {
                    html.Element("li", GovUkField.MessageOf(error));
                }

                continue;
            }

            html.Open("li")
                .Element("a", GovUkField.MessageOf(errors[0]), ("href", "#" + GovUkField.IdFor(key)))
                .Close("li");
        }

        html.Close("ul").Close("div").Close("div").Close("div");
        GovUkHtml.Replace(output, html);
    }

    /// <summary>Positions of each segment of a ModelState key (e.g. <c>Input.Items[2].Name</c>) among the declared properties.</summary>
    internal static IReadOnlyList<int> DeclarationOrder(ModelMetadata? metadata, string key)
    {
        if (key.Length == 0)
        {
            return [-1];
        }

        var order = new List<int>();
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var position = metadata is null ? -1 : IndexOfProperty(metadata, name);
            if (position < 0)
            {
                order.Add(int.MaxValue);
                break;
            }

            order.Add(position);
            metadata = metadata!.Properties[position];
            if (bracket >= 0 && int.TryParse(segment.AsSpan(bracket + 1).TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                order.Add(index);
                metadata = metadata.ElementMetadata;
            }
        }

        return order;
    }

    private static int IndexOfProperty(ModelMetadata metadata, string name)
    {
        for (var i = 0; i < metadata.Properties.Count; i++)
        {
            if (string.Equals(metadata.Properties[i].PropertyName, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static int CompareOrder(IReadOnlyList<int>? x, IReadOnlyList<int>? y)
    {
        x ??= [];
        y ??= [];
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var result = x[i].CompareTo(y[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return x.Count.CompareTo(y.Count);
    }
}
