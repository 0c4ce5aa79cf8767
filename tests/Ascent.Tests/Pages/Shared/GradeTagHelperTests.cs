using Ascent.Tests.Domain.Frameworks;
using Ascent.Tests.Infrastructure.GovUk;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Pages.Shared;

namespace Ascent.Tests.Pages.Shared;

public sealed class GradeTagHelperTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);

    private static Task<string> RenderAsync(string? framework, string? area, string? grade) =>
        TagHelperRenderer.RenderAsync(new GradeTagHelper(Frameworks) { Grade = new GradeView(framework, area, grade) });

    [Theory]
    [InlineData("1", "<strong class=\"govuk-tag govuk-tag--green\">Outstanding</strong>")]
    [InlineData("2", "<strong class=\"govuk-tag govuk-tag--turquoise\">Good</strong>")]
    [InlineData("4", "<strong class=\"govuk-tag govuk-tag--red\">Inadequate</strong>")]
    public async Task Render_AGrade_IsATagLabelledAndColouredByItsFramework(string grade, string expected)
    {
        HtmlAssert.Equivalent(expected, await RenderAsync("ofsted-eif-2019", null, grade));
    }

    [Fact]
    public async Task Render_WithoutAnInspection_SaysNotInspected()
    {
        HtmlAssert.Equivalent("<strong class=\"govuk-tag govuk-tag--grey\">Not inspected</strong>", await RenderAsync(null, null, null));
    }

    [Fact]
    public async Task Render_AnInspectionWithoutAGrade_SaysNoOverallGrade()
    {
        HtmlAssert.Equivalent("<strong class=\"govuk-tag govuk-tag--grey\">No overall grade</strong>", await RenderAsync("ofsted-eif-2019", null, null));
    }

    [Fact]
    public async Task Render_AnUnknownGrade_ShowsItsCodeInGrey()
    {
        HtmlAssert.Equivalent("<strong class=\"govuk-tag govuk-tag--grey\">9</strong>", await RenderAsync("ofsted-eif-2019", null, "9"));
    }
}
