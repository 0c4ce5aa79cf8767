namespace Ascent.Web.Infrastructure.GovUk;

/// <summary>The label, hint, error message and legend shared by the form components.</summary>
internal static class GovUkFormParts
{
    public static void FormGroupStart(GovUkHtml html, GovUkField field, string? extraClasses = null) =>
        html.Open("div", ("class", GovUkHtml.Classes("govuk-form-group", field.HasError ? "govuk-form-group--error" : null, extraClasses)));

    public static void Label(GovUkHtml html, string forId, string? text, string? labelClass, bool isPageHeading, string? extraClass = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var classes = labelClass ?? (isPageHeading ? "govuk-label--l" : null);
        if (isPageHeading)
        {
            html.Open("h1", ("class", "govuk-label-wrapper"));
        }

        html.Element("label", text, ("class", GovUkHtml.Classes("govuk-label", extraClass, classes)), ("for", forId));
        if (isPageHeading)
        {
            html.Close("h1");
        }
    }

    public static void HintAndError(GovUkHtml html, GovUkField field, string? hint)
    {
        if (!string.IsNullOrEmpty(hint))
        {
            html.Element("div", hint, ("id", field.HintId), ("class", "govuk-hint"));
        }

        if (field.HasError)
        {
            html.Open("p", ("id", field.ErrorId), ("class", "govuk-error-message"))
                .Element("span", "Error:", ("class", "govuk-visually-hidden"))
                .Text(" " + field.ErrorMessage)
                .Close("p");
        }
    }

    /// <summary>Legend size: the given class, else large for a page heading and medium otherwise.</summary>
    public static string LegendClass(string? legendClass, bool isPageHeading) =>
        legendClass ?? (isPageHeading ? "govuk-fieldset__legend--l" : "govuk-fieldset__legend--m");

    public static void Legend(GovUkHtml html, string? text, string? legendClass, bool isPageHeading)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        html.Open("legend", ("class", GovUkHtml.Classes("govuk-fieldset__legend", LegendClass(legendClass, isPageHeading))));
        if (isPageHeading)
        {
            html.Element("h1", text, ("class", "govuk-fieldset__heading"));
        }
        else
        {
            html.Text(text);
        }

        html.Close("legend");
    }
}
