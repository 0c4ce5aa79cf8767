namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the back link, inset text, warning text, panel, details and fieldset (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
    // back-link: "default"
    public const string BackLink_Default = """
        <a href="#" class="govuk-back-link">Back</a>
        """;

    // inset-text: "default"
    public const string InsetText_Default = """
        <div class="govuk-inset-text">
          It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.
        </div>
        """;

    // warning-text: "default"
    public const string WarningText_Default = """
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            You can be fined up to £5,000 if you don’t register.
          </strong>
        </div>
        """;

    // panel: "default"
    public const string Panel_Default = """
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">
            Application complete
          </h1>
          <div class="govuk-panel__body">
            Your reference number<br><strong>HDJ2123F</strong>
          </div>
        </div>
        """;

    // details: "default"
    public const string Details_Default = """
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              Help with nationality
            </span>
          </summary>
          <div class="govuk-details__text">
            We need to know your nationality so we can work out which elections you’re entitled to vote in. If you can’t provide your nationality, you’ll have to send copies of identity documents through the post.
          </div>
        </details>
        """;

    // details: "expanded"
    public const string Details_Expanded = """
        <details id="help-with-nationality" class="govuk-details" open>
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">
              Help with nationality
            </span>
          </summary>
          <div class="govuk-details__text">
            We need to know your nationality so we can work out which elections you’re entitled to vote in. If you can’t provide your nationality, you’ll have to send copies of identity documents through the post.
          </div>
        </details>
        """;

    // fieldset: "as page heading l"
    public const string Fieldset_AsPageHeadingL = """
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 class="govuk-fieldset__heading">
              What is your address?
            </h1>
          </legend>
        </fieldset>
        """;

    // fieldset: "styled as medium text"
    public const string Fieldset_StyledAsMediumText = """
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            What is your address?
          </legend>
        </fieldset>
        """;

    // fieldset: "html fieldset content"
    public const string Fieldset_HtmlFieldsetContent = """
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend">
            What is your address?
          </legend>
          <div class="my-content">
          <p>This is some content to put inside the fieldset</p>
        </div>

        </fieldset>
        """;
}
