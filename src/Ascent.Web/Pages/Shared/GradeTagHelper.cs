using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ascent.Web.Pages.Shared;

/// A grade as a GOV.UK tag: <c>&lt;app-grade grade="new GradeView(framework, area, code)" /&gt;</c>. A tag helper
/// rather than a partial view, because the settings list shows one per row and a partial per row cost more than the
/// rest of the row.
[HtmlTargetElement("app-grade", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GradeTagHelper(FrameworkRegistry frameworks) : TagHelper
{
    public GradeView Grade { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(Grade);
        var (label, colour) = Grade.Resolve(frameworks) ?? (Grade.FrameworkCode is null ? ("Not inspected", "grey") : ("No overall grade", "grey"));
        new GovUkTagTagHelper { Colour = colour }.Process(context, output);
        output.Content.SetContent(label);
    }
}
