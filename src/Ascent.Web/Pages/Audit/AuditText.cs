using System.Text.RegularExpressions;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Pages.Audit;

/// The audit trail in words: "Case task" for CaseTask, and the values Ascent stores as definition codes (a framework,
/// an area, a pathway, a funding rule, an entitlement, an instrument) by the names their files give them.
public static partial class AuditText
{
    /// A class or property name as words: "FundingDecision" reads "Funding decision".
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A generic type's name ends in its arity: IdentityUserRole`1.
        var words = WordStart().Split(name.Split('`')[0]);
        return string.Join(" ", words.Select((w, i) => i == 0 ? w : w.ToLowerInvariant()));
    }

    /// A field and its value as a person reads them.
    public static (string Field, string Value) Describe(string field, string value, FrameworkRegistry frameworks, FundingRules rules, PathwayLibrary pathways, InstrumentCatalogue instruments)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(pathways);
        ArgumentNullException.ThrowIfNull(instruments);
        if (value is "" or "(empty)")
            return (Words(field), value);
        return field switch
        {
            "FrameworkCode" => ("Framework", frameworks.TryGet(value, out var framework) ? framework.Name : value),
            "LatestFrameworkCode" => ("Latest framework", frameworks.TryGet(value, out var latest) ? latest.Name : value),
            "StandingCode" => ("Standing", frameworks.FindStanding(value).Label),
            "AreaCode" => ("Area", frameworks.All.SelectMany(f => f.AllAreas).FirstOrDefault(a => a.Code == value)?.Name ?? value),
            "PathwayCode" => ("Pathway", pathways.Shipped.FirstOrDefault(s => s.Definition.Code == value).Definition?.Name ?? value),
            "InstrumentCode" => ("Instrument", instruments.Find(value)?.Name ?? value),
            "RuleCode" => ("Funding rule", rules.Name(value)),
            "Entitlement" => ("Entitlement", FundingEntitlements.Name(value)),
            "Entitlements" => ("Entitlements", string.Join(", ", value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FundingEntitlements.Name))),
            _ => (Words(field), value),
        };
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();
}
