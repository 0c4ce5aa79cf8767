namespace Ascent.Tests.Infrastructure.GovUk;

/// <summary>
/// Expected HTML copied verbatim from govuk-frontend 6.6.0 (dist/govuk/components/*/fixtures.json).
/// Named {Component}_{Fixture}; the options each fixture was rendered with are in that file. One file per group of
/// components (GovUkFixtures.Inputs.cs, …); the error summary is here.
/// </summary>
internal static partial class GovUkFixtures
{
    // error-summary: "default"
    public const string ErrorSummary_Default = """
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">
              There is a problem
            </h2>
            <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  <li>
                    <a href="#example-error-1">The date your passport was issued must be in the past</a>
                  </li>
                  <li>
                    <a href="#example-error-2">Enter a postcode, like AA1 1AA</a>
                  </li>
                </ul>
            </div>
          </div>
        </div>
        """;

    // error-summary: "mixed with and without links"
    public const string ErrorSummary_MixedWithAndWithoutLinks = """
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">
              There is a problem
            </h2>
            <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  <li>
                    Invalid username or password
                  </li>
                  <li>
                    <a href="#example-error-1">Agree to the terms of service to log in</a>
                  </li>
                </ul>
            </div>
          </div>
        </div>
        """;
}
