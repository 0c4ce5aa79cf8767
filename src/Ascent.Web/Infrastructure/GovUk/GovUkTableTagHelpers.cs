using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK table: <c>&lt;govuk-table caption="..."&gt;</c> holding <c>govuk-table-head</c>/<c>govuk-table-body</c>,
/// <c>govuk-table-row</c>, <c>govuk-table-header</c> and <c>govuk-table-cell</c>.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class GovUkTableTagHelper : TagHelper
{
    public string? Caption { get; set; }

    public string? CaptionClass { get; set; } = "govuk-table__caption--m";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "table", "govuk-table");
        if (!string.IsNullOrEmpty(Caption))
        {
            output.PreContent.AppendHtml(
                new GovUkHtml().Element("caption", Caption, ("class", GovUkHtml.Classes("govuk-table__caption", CaptionClass))));
        }
    }
}

[HtmlTargetElement("govuk-table-head")]
public sealed class GovUkTableHeadTagHelper : TagHelper
{
    internal static readonly object InHeadKey = new();

    public override void Init(TagHelperContext context) => context.Items[InHeadKey] = true;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        GovUkHtml.SetElement(output, "thead", "govuk-table__head");
}

[HtmlTargetElement("govuk-table-body")]
public sealed class GovUkTableBodyTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        GovUkHtml.SetElement(output, "tbody", "govuk-table__body");
}

[HtmlTargetElement("govuk-table-row")]
public sealed class GovUkTableRowTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        GovUkHtml.SetElement(output, "tr", "govuk-table__row");
}

/// <summary>A <c>th</c>; scope defaults to <c>col</c> inside <c>govuk-table-head</c> and <c>row</c> elsewhere.</summary>
[HtmlTargetElement("govuk-table-header")]
public sealed class GovUkTableHeaderTagHelper : TagHelper
{
    public string? Scope { get; set; }

    public bool Numeric { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        GovUkHtml.SetElement(output, "th", GovUkHtml.Classes("govuk-table__header", Numeric ? "govuk-table__header--numeric" : null));
        output.Attributes.SetAttribute("scope", Scope ?? (context.Items.ContainsKey(GovUkTableHeadTagHelper.InHeadKey) ? "col" : "row"));
    }
}

[HtmlTargetElement("govuk-table-cell")]
public sealed class GovUkTableCellTagHelper : TagHelper
{
    public bool Numeric { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        GovUkHtml.SetElement(output, "td", GovUkHtml.Classes("govuk-table__cell", Numeric ? "govuk-table__cell--numeric" : null));
}
