namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the date input and select (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
    // date-input: "with error message and hint"
    public const string DateInput_WithErrorMessageAndHint = """
        <div class="govuk-form-group govuk-form-group--error">
          <fieldset class="govuk-fieldset" role="group" aria-describedby="dob-errors-hint dob-errors-error">
            <legend class="govuk-fieldset__legend">
              What is your date of birth?
            </legend>
            <div id="dob-errors-hint" class="govuk-hint">
              For example, 31 3 1980
            </div>
            <p id="dob-errors-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span> Error message goes here
            </p>
            <div class="govuk-date-input" id="dob-errors">
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for="dob-errors-day">
                    Day
                  </label>
                  <input class="govuk-input govuk-date-input__input govuk-input--error govuk-input--width-2" id="dob-errors-day" name="day" type="text" inputmode="numeric">
                </div>
              </div>
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for="dob-errors-month">
                    Month
                  </label>
                  <input class="govuk-input govuk-date-input__input govuk-input--error govuk-input--width-2" id="dob-errors-month" name="month" type="text" inputmode="numeric">
                </div>
              </div>
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for="dob-errors-year">
                    Year
                  </label>
                  <input class="govuk-input govuk-date-input__input govuk-input--error govuk-input--width-4" id="dob-errors-year" name="year" type="text" inputmode="numeric">
                </div>
              </div>
            </div>
          </fieldset>
        </div>
        """;

    // date-input: "with values"
    public const string DateInput_WithValues = """
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" role="group" aria-describedby="with-values-hint">
            <legend class="govuk-fieldset__legend">
              What is your date of birth?
            </legend>
            <div id="with-values-hint" class="govuk-hint">
              For example, 31 3 1980
            </div>
            <div class="govuk-date-input" id="with-values">
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for="with-values-day">
                    Day
                  </label>
                  <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="with-values-day" name="day" type="text" value="31" inputmode="numeric">
                </div>
              </div>
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for="with-values-month">
                    Month
                  </label>
                  <input class="govuk-input govuk-date-input__input govuk-input--width-2" id="with-values-month" name="month" type="text" value="3" inputmode="numeric">
                </div>
              </div>
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for="with-values-year">
                    Year
                  </label>
                  <input class="govuk-input govuk-date-input__input govuk-input--width-4" id="with-values-year" name="year" type="text" value="1980" inputmode="numeric">
                </div>
              </div>
            </div>
          </fieldset>
        </div>
        """;

    // select: "with hint text and error message"
    public const string Select_WithHintTextAndErrorMessage = """
        <div class="govuk-form-group govuk-form-group--error">
          <label class="govuk-label" for="select-2">
            Label text goes here
          </label>
          <div id="select-2-hint" class="govuk-hint">
            Hint text goes here
          </div>
          <p id="select-2-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> Error message goes here
          </p>
          <select class="govuk-select govuk-select--error" id="select-2" name="select-2" aria-describedby="select-2-hint select-2-error">
            <option value="1">GOV.UK frontend option 1</option>
            <option value="2">GOV.UK frontend option 2</option>
            <option value="3">GOV.UK frontend option 3</option>
          </select>
        </div>
        """;

    // select: "with selected value"
    public const string Select_WithSelectedValue = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="select-1">
            Label text goes here
          </label>
          <select class="govuk-select" id="select-1" name="select-1">
            <option value="1">GOV.UK frontend option 1</option>
            <option value="2" selected>GOV.UK frontend option 2</option>
            <option value="3" disabled>GOV.UK frontend option 3</option>
          </select>
        </div>
        """;
}
