using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>
/// GOV.UK summary list. Rows and actions are collected first and written by the list, because a row
/// without actions needs <c>govuk-summary-list__row--no-actions</c> only when another row has some.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class GovUkSummaryListTagHelper : TagHelper
{
    public bool NoBorder { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = new List<SummaryListRow>();
        context.Items[typeof(List<SummaryListRow>)] = rows;
        await output.GetChildContentAsync();

        GovUkHtml.SetElement(output, "dl", GovUkHtml.Classes("govuk-summary-list", NoBorder ? "govuk-summary-list--no-border" : null));
        var anyRowHasActions = rows.Exists(r => r.Actions.Count > 0);
        var html = new GovUkHtml();
        foreach (var row in rows)
        {
            html.Open("div", ("class", GovUkHtml.Classes("govuk-summary-list__row", anyRowHasActions && row.Actions.Count == 0 ? "govuk-summary-list__row--no-actions" : null)))
                .Element("dt", row.Key, ("class", "govuk-summary-list__key"))
                .Open("dd", ("class", "govuk-summary-list__value")).Html(row.Value).Close("dd");
            WriteActions(html, row.Actions);
            html.Close("div");
        }

        output.Content.SetHtmlContent(html);
    }

    private static void WriteActions(GovUkHtml html, List<SummaryListAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        html.Open("dd", ("class", "govuk-summary-list__actions"));
        if (actions.Count == 1)
        {
            ActionLink(html, actions[0]);
        }
        else
        {
            html.Open("ul", ("class", "govuk-summary-list__actions-list"));
            foreach (var action in actions)
            {
                html.Open("li", ("class", "govuk-summary-list__actions-list-item"));
                ActionLink(html, action);
                html.Close("li");
            }

            html.Close("ul");
        }

        html.Close("dd");
    }

    private static void ActionLink(GovUkHtml html, SummaryListAction action)
    {
        html.Open("a", ("class", "govuk-link"), ("href", action.Href)).Html(action.Text);
        if (!string.IsNullOrEmpty(action.VisuallyHiddenText))
        {
            html.Element("span", " " + action.VisuallyHiddenText, ("class", "govuk-visually-hidden"));
        }

        html.Close("a");
    }
}

/// <summary>A summary list row; its content (other than actions) is the value.</summary>
[HtmlTargetElement("govuk-summary-list-row")]
public sealed class GovUkSummaryListRowTagHelper : TagHelper
{
    public string Key { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(List<SummaryListRow>), out var list) || list is not List<SummaryListRow> rows)
        {
            throw new InvalidOperationException("<govuk-summary-list-row> must be inside <govuk-summary-list>.");
        }

        var row = new SummaryListRow(Key);
        context.Items[typeof(SummaryListRow)] = row;
        row.Value = await output.GetChildContentAsync();
        rows.Add(row);
        output.SuppressOutput();
    }
}

/// <summary>A row action link, e.g. <c>&lt;govuk-summary-list-action href="..." visually-hidden-text="name"&gt;Change&lt;/...&gt;</c>.</summary>
[HtmlTargetElement("govuk-summary-list-action")]
public sealed class GovUkSummaryListActionTagHelper : TagHelper
{
    public string Href { get; set; } = "#";

    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(SummaryListRow), out var item) || item is not SummaryListRow row)
        {
            throw new InvalidOperationException("<govuk-summary-list-action> must be inside <govuk-summary-list-row>.");
        }

        var text = await output.GetChildContentAsync();
        row.Actions.Add(new SummaryListAction(Href, text, VisuallyHiddenText));
        output.SuppressOutput();
    }
}

internal sealed class SummaryListRow(string key)
{
    public string Key { get; } = key;

    public IHtmlContent? Value { get; set; }

    public List<SummaryListAction> Actions { get; } = [];
}

internal sealed record SummaryListAction(string Href, IHtmlContent Text, string? VisuallyHiddenText);
