namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the input, password input and textarea (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
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
}
