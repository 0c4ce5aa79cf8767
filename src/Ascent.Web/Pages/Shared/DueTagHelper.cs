using System.Text.Encodings.Web;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Pages.Shared;

/// A deadline as people read it: <c>&lt;app-due on="task.DueOn" /&gt;</c> gives "12 December 2026 (due in 3 working
/// days)", in the LA's working days. Overdue is a red tag and due soon a yellow one, and the words always say it, so
/// colour is never the only cue. <c>date="false"</c> leaves the date out where a column already shows it.
[HtmlTargetElement("app-due", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DueTagHelper(TenantCalendar calendar) : TagHelper
{
    public DateOnly On { get; set; }

    public bool Date { get; set; } = true;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (text, state) = await calendar.DueAsync(On);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        var words = HtmlEncoder.Default.Encode(text);
        var due = state switch
        {
            DueState.Overdue => $"<strong class=\"govuk-tag govuk-tag--red app-due\">{words}</strong>",
            DueState.Today or DueState.Soon => $"<strong class=\"govuk-tag govuk-tag--yellow app-due\">{words}</strong>",
            _ => $"<span class=\"app-due\">({words})</span>",
        };
        output.Content.SetHtmlContent(Date ? $"{HtmlEncoder.Default.Encode(Format.Date(On))} {due}" : due);
    }
}
