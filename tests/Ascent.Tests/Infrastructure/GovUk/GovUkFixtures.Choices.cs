namespace Ascent.Tests.Infrastructure.GovUk;

/// The govuk-frontend fixtures for the radios and checkboxes (see GovUkFixtures.cs).
internal static partial class GovUkFixtures
{
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
}
