using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Tests.Infrastructure.GovUk;

public sealed class GovUkFileUploadTagHelperTests
{
    // govuk-frontend 6.6.0, components/file-upload/fixtures.json, "default" and "with error message".
    private const string Default = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="file-upload-1">Upload a file</label>
          <input class="govuk-file-upload" id="file-upload-1" name="file-upload-1" type="file">
        </div>
        """;

    private readonly TagHelperHarness<GovUkTestPage> _page = new(new GovUkTestPage());

    [Fact]
    public async Task Render_Default_MatchesFixture()
    {
        var helper = new GovUkFileUploadTagHelper { For = _page.For("file-upload-1"), Label = "Upload a file", ViewContext = _page.ViewContext };
        HtmlAssert.Equivalent(Default, await TagHelperRenderer.RenderAsync(helper));
    }

    [Fact]
    public async Task Render_WhenFieldHasError_ShowsErrorMessageAndModifier()
    {
        _page.Error("file-upload-1", "Select a file");
        var helper = new GovUkFileUploadTagHelper { For = _page.For("file-upload-1"), Label = "Upload a file", Multiple = true, Accept = ".csv,.xlsx", ViewContext = _page.ViewContext };
        var html = await TagHelperRenderer.RenderAsync(helper);
        HtmlAssert.Equivalent("""
            <div class="govuk-form-group govuk-form-group--error">
              <label class="govuk-label" for="file-upload-1">Upload a file</label>
              <p id="file-upload-1-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Select a file</p>
              <input class="govuk-file-upload govuk-file-upload--error" id="file-upload-1" name="file-upload-1" type="file" multiple="multiple" accept=".csv,.xlsx" aria-describedby="file-upload-1-error">
            </div>
            """, html);
    }
}
