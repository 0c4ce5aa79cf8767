namespace Ascent.Tests.Infrastructure.GovUk;

/// <summary>
/// Expected HTML copied verbatim from govuk-frontend 6.6.0 (dist/govuk/components/*/fixtures.json).
/// Named {Component}_{Fixture}; the options each fixture was rendered with are in that file.
/// </summary>
internal static class GovUkFixtures
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

    // input: "with error and hint"
    public const string Input_WithErrorAndHint = """
        <div class="govuk-form-group govuk-form-group--error">
          <label class="govuk-label" for="with-error-hint">
            National insurance number
          </label>
          <div id="with-error-hint-hint" class="govuk-hint">
            It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.
          </div>
          <p id="with-error-hint-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> Enter a National Insurance number in the correct format
          </p>
          <input class="govuk-input govuk-input--error" id="with-error-hint" name="with-error-hint" type="text" aria-describedby="with-error-hint-hint with-error-hint-error">
        </div>
        """;

    // input: "with label as page heading"
    public const string Input_WithLabelAsPageHeading = """
        <div class="govuk-form-group">
          <h1 class="govuk-label-wrapper">
            <label class="govuk-label govuk-label--l" for="input-with-page-heading">
              National Insurance number
            </label>
          </h1>
          <input class="govuk-input" id="input-with-page-heading" name="test-name" type="text">
        </div>
        """;

    // input: "with prefix and suffix"
    public const string Input_WithPrefixAndSuffix = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="input-with-prefix-suffix">
            Cost per item, in pounds
          </label>
          <div class="govuk-input__wrapper">
            <div class="govuk-input__prefix" aria-hidden="true">£</div>
            <input class="govuk-input" id="input-with-prefix-suffix" name="cost" type="text">
            <div class="govuk-input__suffix" aria-hidden="true">per item</div>
          </div>
        </div>
        """;

    // input: "value"
    public const string Input_Value = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="with-value">
            With value
          </label>
          <input class="govuk-input" id="with-value" name="with-value" type="text" value="QQ 12 34 56 C">
        </div>
        """;

    // input: "with autocomplete attribute"
    public const string Input_WithAutocompleteAttribute = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="input-with-autocomplete-attribute">
            Postcode
          </label>
          <input class="govuk-input" id="input-with-autocomplete-attribute" name="postcode" type="text" autocomplete="postal-code">
        </div>
        """;

    // input: "with spellcheck disabled"
    public const string Input_WithSpellcheckDisabled = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="input-with-spellcheck-disabled">
            Spellcheck is disabled
          </label>
          <input class="govuk-input" id="input-with-spellcheck-disabled" name="spellcheck" type="text" spellcheck="false">
        </div>
        """;

    // input: "inputmode"
    public const string Input_Inputmode = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="with-inputmode">
            With inputmode
          </label>
          <input class="govuk-input" id="with-inputmode" name="with-inputmode" type="text" inputmode="decimal">
        </div>
        """;

    // input: "with width-20 class"
    public const string Input_WithWidth20Class = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="input-width-20">
            National insurance number
          </label>
          <div id="input-width-20-hint" class="govuk-hint">
            It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.
          </div>
          <input class="govuk-input govuk-input--width-20" id="input-width-20" name="test-width-20" type="text" aria-describedby="input-width-20-hint">
        </div>
        """;

    // password-input: "default"
    public const string PasswordInput_Default = """
        <div class="govuk-form-group govuk-password-input" data-module="govuk-password-input">
          <label class="govuk-label" for="password">
            Password
          </label>
          <div class="govuk-input__wrapper govuk-password-input__wrapper">
            <input class="govuk-input govuk-password-input__input govuk-js-password-input-input" id="password" name="password" type="password" spellcheck="false" autocomplete="current-password" autocapitalize="none">
            <button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle" data-module="govuk-button" aria-controls="password" aria-label="Show password" hidden>
              Show
            </button>
          </div>
        </div>
        """;

    // password-input: "with error message"
    public const string PasswordInput_WithErrorMessage = """
        <div class="govuk-form-group govuk-form-group--error govuk-password-input" data-module="govuk-password-input">
          <label class="govuk-label" for="password-input-with-error-message">
            Password
          </label>
          <div id="password-input-with-error-message-hint" class="govuk-hint">
            It probably has some letters, numbers and maybe even some symbols in it.
          </div>
          <p id="password-input-with-error-message-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> Error message goes here
          </p>
          <div class="govuk-input__wrapper govuk-password-input__wrapper">
            <input class="govuk-input govuk-password-input__input govuk-js-password-input-input govuk-input--error" id="password-input-with-error-message" name="test-name-3" type="password" spellcheck="false" aria-describedby="password-input-with-error-message-hint password-input-with-error-message-error" autocomplete="current-password" autocapitalize="none">
            <button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle" data-module="govuk-button" aria-controls="password-input-with-error-message" aria-label="Show password" hidden>
              Show
            </button>
          </div>
        </div>
        """;

    // password-input: "with new-password autocomplete"
    public const string PasswordInput_WithNewPasswordAutocomplete = """
        <div class="govuk-form-group govuk-password-input" data-module="govuk-password-input">
          <label class="govuk-label" for="password-input-new-password">
            Password
          </label>
          <div class="govuk-input__wrapper govuk-password-input__wrapper">
            <input class="govuk-input govuk-password-input__input govuk-js-password-input-input" id="password-input-new-password" name="password" type="password" spellcheck="false" autocomplete="new-password" autocapitalize="none">
            <button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle" data-module="govuk-button" aria-controls="password-input-new-password" aria-label="Show password" hidden>
              Show
            </button>
          </div>
        </div>
        """;

    // textarea: "default"
    public const string Textarea_Default = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="more-detail">
            Can you provide more detail?
          </label>
          <textarea class="govuk-textarea" id="more-detail" name="more-detail" rows="5"></textarea>
        </div>
        """;

    // textarea: "with hint and error message"
    public const string Textarea_WithHintAndErrorMessage = """
        <div class="govuk-form-group govuk-form-group--error">
          <label class="govuk-label" for="with-hint-error">
            With hint and error
          </label>
          <div id="with-hint-error-hint" class="govuk-hint">
            Hint
          </div>
          <p id="with-hint-error-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> Error message
          </p>
          <textarea class="govuk-textarea govuk-textarea--error" id="with-hint-error" name="with-hint-error" rows="5" aria-describedby="with-hint-error-hint with-hint-error-error"></textarea>
        </div>
        """;

    // textarea: "with default value"
    public const string Textarea_WithDefaultValue = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="full-address">
            Full address
          </label>
          <textarea class="govuk-textarea" id="full-address" name="address" rows="5">221B Baker Street
        London
        NW1 6XE
        </textarea>
        </div>
        """;

    // textarea: "with custom rows"
    public const string Textarea_WithCustomRows = """
        <div class="govuk-form-group">
          <label class="govuk-label" for="full-address">
            Full address
          </label>
          <textarea class="govuk-textarea" id="full-address" name="address" rows="8"></textarea>
        </div>
        """;

    // textarea: "with label as page heading"
    public const string Textarea_WithLabelAsPageHeading = """
        <div class="govuk-form-group">
          <h1 class="govuk-label-wrapper">
            <label class="govuk-label govuk-label--l" for="textarea-with-page-heading">
              Full address
            </label>
          </h1>
          <textarea class="govuk-textarea" id="textarea-with-page-heading" name="address" rows="5"></textarea>
        </div>
        """;

    // radios: "with hint and error message"
    public const string Radios_WithHintAndErrorMessage = """
        <div class="govuk-form-group govuk-form-group--error">
          <fieldset class="govuk-fieldset" aria-describedby="example-error-message-hint-hint example-error-message-hint-error">
          <legend class="govuk-fieldset__legend">
            Have you changed your name?
          </legend>
          <div id="example-error-message-hint-hint" class="govuk-hint">
            This includes changing your last name or spelling your name differently.
          </div>
          <p id="example-error-message-hint-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> Please select an option
          </p>
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="example-error-message-hint" name="example-error-message-hint" type="radio" value="yes">
              <label class="govuk-label govuk-radios__label" for="example-error-message-hint">
                Yes
              </label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="example-error-message-hint-2" name="example-error-message-hint" type="radio" value="no">
              <label class="govuk-label govuk-radios__label" for="example-error-message-hint-2">
                No
              </label>
            </div>
          </div>
        </fieldset>
        </div>
        """;

    // radios: "inline"
    public const string Radios_Inline = """
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="example-hint">
          <legend class="govuk-fieldset__legend">
            Have you changed your name?
          </legend>
          <div id="example-hint" class="govuk-hint">
            This includes changing your last name or spelling your name differently.
          </div>
          <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="example" name="example" type="radio" value="yes">
              <label class="govuk-label govuk-radios__label" for="example">
                Yes
              </label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="example-2" name="example" type="radio" value="no" checked>
              <label class="govuk-label govuk-radios__label" for="example-2">
                No
              </label>
            </div>
          </div>
        </fieldset>
        </div>
        """;

    // radios: "prechecked using value"
    public const string Radios_PrecheckedUsingValue = """
        <div class="govuk-form-group">
          <div class="govuk-radios" data-module="govuk-radios">
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="example-default" name="example-default" type="radio" value="yes">
              <label class="govuk-label govuk-radios__label" for="example-default">
                Yes
              </label>
            </div>
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="example-default-2" name="example-default" type="radio" value="no" checked>
              <label class="govuk-label govuk-radios__label" for="example-default-2">
                No
              </label>
            </div>
          </div>
        </div>
        """;

    // checkboxes: "with error message and hint"
    public const string Checkboxes_WithErrorMessageAndHint = """
        <div class="govuk-form-group govuk-form-group--error">
          <fieldset class="govuk-fieldset" aria-describedby="example-hint example-error">
          <legend class="govuk-fieldset__legend">
            What is your nationality?
          </legend>
          <div id="example-hint" class="govuk-hint">
            If you have dual nationality, select all options that are relevant to you.
          </div>
          <p id="example-error" class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> Please select an option
          </p>
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="example" name="example" type="checkbox" value="british">
              <label class="govuk-label govuk-checkboxes__label" for="example">
                British
              </label>
            </div>
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="example-2" name="example" type="checkbox" value="irish">
              <label class="govuk-label govuk-checkboxes__label" for="example-2">
                Irish
              </label>
            </div>
          </div>
        </fieldset>
        </div>
        """;

    // checkboxes: "with legend as a page heading"
    public const string Checkboxes_WithLegendAsAPageHeading = """
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset" aria-describedby="waste-hint">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 class="govuk-fieldset__heading">
              Which types of waste do you transport regularly?
            </h1>
          </legend>
          <div id="waste-hint" class="govuk-hint">
            Select all that apply
          </div>
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="waste" name="waste" type="checkbox" value="animal">
              <label class="govuk-label govuk-checkboxes__label" for="waste">
                Waste from animal carcasses
              </label>
            </div>
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="waste-2" name="waste" type="checkbox" value="mines">
              <label class="govuk-label govuk-checkboxes__label" for="waste-2">
                Waste from mines or quarries
              </label>
            </div>
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="waste-3" name="waste" type="checkbox" value="farm">
              <label class="govuk-label govuk-checkboxes__label" for="waste-3">
                Farm or agricultural waste
              </label>
            </div>
          </div>
        </fieldset>
        </div>
        """;

    // checkboxes: "with checked item"
    public const string Checkboxes_WithCheckedItem = """
        <div class="govuk-form-group">
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="example-name" name="example-name" type="checkbox" value="1">
              <label class="govuk-label govuk-checkboxes__label" for="example-name">
                Option 1
              </label>
            </div>
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="example-name-2" name="example-name" type="checkbox" value="2" checked>
              <label class="govuk-label govuk-checkboxes__label" for="example-name-2">
                Option 2
              </label>
            </div>
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="example-name-3" name="example-name" type="checkbox" value="3" checked>
              <label class="govuk-label govuk-checkboxes__label" for="example-name-3">
                Option 3
              </label>
            </div>
          </div>
        </div>
        """;

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
