using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Pages.Shared;

/// A setting's standing as a GOV.UK tag: <c>&lt;app-standing code="row.StandingCode" /&gt;</c>, labelled from the
/// frameworks' data. The colour follows the band and the label is always shown, so colour is never the only cue.
[HtmlTargetElement("app-standing", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StandingTagHelper(FrameworkRegistry frameworks) : TagHelper
{
    public string? Code { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var standing = frameworks.FindStanding(Code);
        new GovUkTagTagHelper { Colour = Colour(standing.Band) }.Process(context, output);
        output.Content.SetContent(standing.Label);
    }

    public static string Colour(StandingBand band) => band switch
    {
        StandingBand.Meets => "green",
        StandingBand.Improve => "orange",
        StandingBand.Urgent => "red",
        _ => "grey",
    };
}
