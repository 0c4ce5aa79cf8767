using Ascent.Web.Domain.Instruments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Instruments;

/// Every instrument Ascent can record with, for anyone signed in: the definitions are not personal data.
public sealed class IndexModel(InstrumentCatalogue catalogue) : PageModel
{
    public IReadOnlyList<InstrumentDefinition> Instruments { get; private set; } = [];

    public void OnGet() => Instruments = [.. catalogue.All.OrderBy(i => i.Name, StringComparer.CurrentCulture)];

    public static string LevelText(InstrumentLevel level) => level switch
    {
        InstrumentLevel.Setting => "The whole setting",
        InstrumentLevel.Room => "A room or group",
        InstrumentLevel.Child => "Each child",
        _ => "Each person answering",
    };

    public static string RuleText(ScoringRule rule) => rule switch
    {
        ScoringRule.EnvironmentRating => "Items 1 to 7, subscale and total means",
        ScoringRule.Leuven => "Well-being and involvement 1 to 5, read separately",
        ScoringRule.Checklist => "Met, partly met or not met; the share met",
        _ => "Agreement: counts, means and the share agreeing",
    };
}
