namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the button and table (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
    // button: "default"
    public const string Button_Default = """
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Save and continue
        </button>
        """;

    // button: "link"
    public const string Button_Link = """
        <a href="/" role="button" draggable="false" class="govuk-button" data-module="govuk-button">
          Link button
        </a>
        """;

    // button: "start"
    public const string Button_Start = """
        <button type="submit" class="govuk-button govuk-button--start" data-module="govuk-button">
          Start now button
          <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
          </svg>
        </button>
        """;

    // button: "start link"
    public const string Button_StartLink = """
        <a href="/" role="button" draggable="false" class="govuk-button govuk-button--start" data-module="govuk-button">
          Start now link button
          <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
          </svg>
        </a>
        """;

    // button: "secondary"
    public const string Button_Secondary = """
        <button type="submit" name="secondary" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Secondary button
        </button>
        """;

    // button: "warning"
    public const string Button_Warning = """
        <button type="submit" name="Warning" class="govuk-button govuk-button--warning" data-module="govuk-button">
          Warning button
        </button>
        """;

    // button: "inverse"
    public const string Button_Inverse = """
        <button type="submit" name="Inverse" class="govuk-button govuk-button--inverse" data-module="govuk-button">
          Inverse button
        </button>
        """;

    // button: "prevent double click"
    public const string Button_PreventDoubleClick = """
        <button type="submit" data-prevent-double-click="true" class="govuk-button" data-module="govuk-button">
          Submit
        </button>
        """;

    // button: "name"
    public const string Button_Name = """
        <button type="submit" name="start-now" class="govuk-button" data-module="govuk-button">
          Submit
        </button>
        """;

    // button: "value"
    public const string Button_Value = """
        <button type="submit" value="start" class="govuk-button" data-module="govuk-button">
          Submit
        </button>
        """;

    // button: "disabled"
    public const string Button_Disabled = """
        <button type="submit" disabled aria-disabled="true" class="govuk-button" data-module="govuk-button">
          Disabled button
        </button>
        """;

    // table: "with head and caption"
    public const string Table_WithHeadAndCaption = """
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Caption 1: Months and rates</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Month you apply</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Rate for bicycles</th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">Rate for vehicles</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">January</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">£85</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">£95</td>
            </tr>
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">February</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">£75</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">£55</td>
            </tr>
            <tr class="govuk-table__row">
              <th scope="row" class="govuk-table__header">March</th>
              <td class="govuk-table__cell govuk-table__cell--numeric">£165</td>
              <td class="govuk-table__cell govuk-table__cell--numeric">£125</td>
            </tr>
          </tbody>
        </table>
        """;
}
