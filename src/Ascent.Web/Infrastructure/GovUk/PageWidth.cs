using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ascent.Web.Infrastructure.GovUk;

/// Which of GOV.UK's columns a page sits in (https://design-system.service.gov.uk/styles/layout/). Lists and tables
/// take the full width so their rows are not squeezed: <c>ViewData.FullWidth();</c> in the page's first lines. Forms
/// and pages to read keep to two-thirds, so lines stay short: most set out their own grid row, and a page with none
/// says <c>ViewData.TwoThirds();</c>. The layout puts the page in the column it asked for.
public static class PageWidth
{
    private const string Key = "PageColumn";

    public static void FullWidth(this ViewDataDictionary viewData) => Set(viewData, "govuk-grid-column-full");

    public static void TwoThirds(this ViewDataDictionary viewData) => Set(viewData, "govuk-grid-column-two-thirds");

    /// The column class the page asked for, or null when it sets out its own grid.
    public static string? Column(this ViewDataDictionary viewData) => viewData?[Key] as string;

    private static void Set(ViewDataDictionary viewData, string column)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[Key] = column;
    }
}
