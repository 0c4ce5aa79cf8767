namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the tag, notification banner and pagination (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
    // tag: "default"
    public const string Tag_Default = """
        <strong class="govuk-tag">
          Alpha
        </strong>
        """;

    // tag: "grey"
    public const string Tag_Grey = """
        <strong class="govuk-tag govuk-tag--grey">
          Grey
        </strong>
        """;

    // notification-banner: "default"
    public const string NotificationBanner_Default = """
        <div class="govuk-notification-banner" role="region" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">
              Important
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">
              This publication was withdrawn on 7 March 2014.
            </p>
          </div>
        </div>
        """;

    // notification-banner: "with type as success"
    public const string NotificationBanner_WithTypeAsSuccess = """
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">
              Success
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">
              Email sent to example@email.com
            </p>
          </div>
        </div>
        """;

    // notification-banner: "custom title"
    public const string NotificationBanner_CustomTitle = """
        <div class="govuk-notification-banner" role="region" aria-labelledby="govuk-notification-banner-title" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="govuk-notification-banner-title">
              Important information
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">
              This publication was withdrawn on 7 March 2014.
            </p>
          </div>
        </div>
        """;

    // pagination: "default"
    public const string Pagination_Default = """
        <nav class="govuk-pagination" aria-label="Pagination">
          <div class="govuk-pagination__prev">
            <a class="govuk-link govuk-pagination__link" href="/previous" rel="prev">
              <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
              </svg>
              <span class="govuk-pagination__link-title">
                Previous<span class="govuk-visually-hidden"> page</span>
              </span>
            </a>
          </div>
          <ul class="govuk-pagination__list">
              <li class="govuk-pagination__item">
              <a class="govuk-link govuk-pagination__link" href="/page/1" aria-label="Page 1">
                1
              </a>
            </li>
              <li class="govuk-pagination__item govuk-pagination__item--current">
              <a class="govuk-link govuk-pagination__link" href="/page/2" aria-label="Page 2" aria-current="page">
                2
              </a>
            </li>
              <li class="govuk-pagination__item">
              <a class="govuk-link govuk-pagination__link" href="/page/3" aria-label="Page 3">
                3
              </a>
            </li>
          </ul>
          <div class="govuk-pagination__next">
            <a class="govuk-link govuk-pagination__link" href="/next" rel="next">
              <span class="govuk-pagination__link-title">
                Next<span class="govuk-visually-hidden"> page</span>
              </span>
              <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
              </svg>
            </a>
          </div>
        </nav>
        """;

    // pagination: "first page"
    public const string Pagination_FirstPage = """
        <nav class="govuk-pagination" aria-label="Pagination">
          <ul class="govuk-pagination__list">
              <li class="govuk-pagination__item govuk-pagination__item--current">
              <a class="govuk-link govuk-pagination__link" href="/page/1" aria-label="Page 1" aria-current="page">
                1
              </a>
            </li>
              <li class="govuk-pagination__item">
              <a class="govuk-link govuk-pagination__link" href="/page/2" aria-label="Page 2">
                2
              </a>
            </li>
              <li class="govuk-pagination__item">
              <a class="govuk-link govuk-pagination__link" href="/page/3" aria-label="Page 3">
                3
              </a>
            </li>
          </ul>
          <div class="govuk-pagination__next">
            <a class="govuk-link govuk-pagination__link" href="/next" rel="next">
              <span class="govuk-pagination__link-title">
                Next<span class="govuk-visually-hidden"> page</span>
              </span>
              <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
              </svg>
            </a>
          </div>
        </nav>
        """;

    // pagination: "last page"
    public const string Pagination_LastPage = """
        <nav class="govuk-pagination" aria-label="Pagination">
          <div class="govuk-pagination__prev">
            <a class="govuk-link govuk-pagination__link" href="/previous" rel="prev">
              <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
              </svg>
              <span class="govuk-pagination__link-title">
                Previous<span class="govuk-visually-hidden"> page</span>
              </span>
            </a>
          </div>
          <ul class="govuk-pagination__list">
              <li class="govuk-pagination__item">
              <a class="govuk-link govuk-pagination__link" href="/page/1" aria-label="Page 1">
                1
              </a>
            </li>
              <li class="govuk-pagination__item">
              <a class="govuk-link govuk-pagination__link" href="/page/2" aria-label="Page 2">
                2
              </a>
            </li>
              <li class="govuk-pagination__item govuk-pagination__item--current">
              <a class="govuk-link govuk-pagination__link" href="/page/3" aria-label="Page 3" aria-current="page">
                3
              </a>
            </li>
          </ul>
        </nav>
        """;
}
