namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the summary list (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
    // summary-list: "with some actions"
    public const string SummaryList_WithSomeActions = """
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Name
            </dt>
            <dd class="govuk-summary-list__value">
              Firstname Lastname
            </dd>
            <dd class="govuk-summary-list__actions">
              <ul class="govuk-summary-list__actions-list">
                <li class="govuk-summary-list__actions-list-item">
                  <a class="govuk-link" href="#">Edit<span class="govuk-visually-hidden"> name</span></a>
                </li>
                <li class="govuk-summary-list__actions-list-item">
                  <a class="govuk-link" href="#">Delete<span class="govuk-visually-hidden"> name</span></a>
                </li>
              </ul>
            </dd>
          </div>
          <div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
            <dt class="govuk-summary-list__key">
              Date of birth
            </dt>
            <dd class="govuk-summary-list__value">
              13/08/1980
            </dd>
          </div>
          <div class="govuk-summary-list__row govuk-summary-list__row--no-actions">
            <dt class="govuk-summary-list__key">
              Contact information
            </dt>
            <dd class="govuk-summary-list__value">
              <p class="govuk-body">
                email@email.com
              </p>
              <p class="govuk-body">
                Address line 1<br>
                Address line 2<br>
                Address line 3<br>
                Address line 4<br>
                Address line 5
              </p>
            </dd>
          </div>
        </dl>
        """;

    // summary-list: "no-border"
    public const string SummaryList_NoBorder = """
        <dl class="govuk-summary-list govuk-summary-list--no-border">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Name
            </dt>
            <dd class="govuk-summary-list__value">
              Firstname Lastname
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Date of birth
            </dt>
            <dd class="govuk-summary-list__value">
              13/08/1980
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Contact information
            </dt>
            <dd class="govuk-summary-list__value">
              <p class="govuk-body">
                email@email.com
              </p>
              <p class="govuk-body">
                Address line 1<br>
                Address line 2<br>
                Address line 3<br>
                Address line 4<br>
                Address line 5
              </p>
            </dd>
          </div>
        </dl>
        """;

    // summary-list: "with actions"
    public const string SummaryList_WithActions = """
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Name
            </dt>
            <dd class="govuk-summary-list__value">
              Firstname Lastname
            </dd>
            <dd class="govuk-summary-list__actions">
              <ul class="govuk-summary-list__actions-list">
                <li class="govuk-summary-list__actions-list-item">
                  <a class="govuk-link" href="#">Edit<span class="govuk-visually-hidden"> name</span></a>
                </li>
                <li class="govuk-summary-list__actions-list-item">
                  <a class="govuk-link" href="#">Delete<span class="govuk-visually-hidden"> name</span></a>
                </li>
              </ul>
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Date of birth
            </dt>
            <dd class="govuk-summary-list__value">
              13/08/1980
            </dd>
            <dd class="govuk-summary-list__actions">
              <a class="govuk-link" href="#">Change<span class="govuk-visually-hidden"> date of birth</span></a>
            </dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">
              Contact information
            </dt>
            <dd class="govuk-summary-list__value">
              <p class="govuk-body">
                email@email.com
              </p>
              <p class="govuk-body">
                Address line 1<br>
                Address line 2<br>
                Address line 3<br>
                Address line 4<br>
                Address line 5
              </p>
            </dd>
            <dd class="govuk-summary-list__actions">
              <ul class="govuk-summary-list__actions-list">
                <li class="govuk-summary-list__actions-list-item">
                  <a class="govuk-link" href="#">Edit<span class="govuk-visually-hidden"> contact information</span></a>
                </li>
                <li class="govuk-summary-list__actions-list-item">
                  <a class="govuk-link" href="#">Change<span class="govuk-visually-hidden"> contact information</span></a>
                </li>
              </ul>
            </dd>
          </div>
        </dl>
        """;
}
