using System.Globalization;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;

namespace Ascent.Web.Domain.Partnerships;

/// A setting's latest inspection as the suggestions read it: its framework, date, overall grade and area grades.
public sealed record InspectionFacts(string FrameworkCode, DateOnly Date, string? OverallGrade, IReadOnlyDictionary<string, string> Grades);

/// The setting that needs a buddy: where it is, its latest inspection and the areas of its open plan goals.
public sealed record SupportedFacts(int SettingId, string Name, string? Locality, string? Postcode, InspectionFacts? Latest, IReadOnlyList<(string FrameworkCode, string AreaCode)> GoalAreas);

/// A setting that might lead: where it is, its latest inspection, whether it is in support itself, and how many
/// settings it buddies now.
public sealed record CandidateFacts(int SettingId, string Name, string? Locality, string? Postcode, InspectionFacts? Latest, StandingBand Band, bool HasOpenCase, int BuddyingNow);

/// A framework area the setting needs support in, and why Ascent thinks so.
public sealed record SupportNeed(string FrameworkCode, string AreaCode, string AreaName, string Because);

/// A suggested lead, with the reason in plain words.
public sealed record BuddySuggestion(int SettingId, string Name, string Reason);

/// Ascent suggests buddies (docs/partnerships.md, "Buddying"): for a setting that needs support in some framework
/// areas, the settings near it whose latest inspection is strong in those areas, with room to buddy and not in support
/// themselves, best first, each with its reason. "Strong" and "weak" are each framework's own: the grades its
/// standings put in the meets band are strong, those in the improve and urgent bands weak. The register has no
/// coordinates, so nearness is the locality grouping, then the postcode district, then the postcode area, never miles.
/// Pure: the service reads the register and passes the facts in.
public static class BuddySuggestions
{
    public const int Shown = 5;

    /// The areas a setting needs support in: those its latest inspection graded weak, and those of its open plan goals.
    public static IReadOnlyList<SupportNeed> NeedsOf(SupportedFacts supported, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(supported);
        ArgumentNullException.ThrowIfNull(frameworks);
        var needs = new List<SupportNeed>();
        if (supported.Latest is { } latest && frameworks.TryGet(latest.FrameworkCode, out var framework))
        {
            var weak = Grades(framework, StandingBand.Improve, StandingBand.Urgent);
            foreach (var (area, grade) in latest.Grades.Where(g => g.Key != framework.HeadlineAreaCode).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (weak.Contains(grade) && framework.FindArea(area) is { } found && found.ScaleCode is not null)
                    needs.Add(new(framework.Code, area, found.Name, $"{framework.Label(area, grade)} at its inspection of {Day(latest.Date)}"));
            }
        }

        foreach (var (frameworkCode, areaCode) in supported.GoalAreas.Distinct())
        {
            if (needs.Any(n => n.FrameworkCode == frameworkCode && n.AreaCode == areaCode) || !frameworks.TryGet(frameworkCode, out var goalFramework))
                continue;
            if (goalFramework.FindArea(areaCode) is { } area)
                needs.Add(new(frameworkCode, areaCode, area.Name, "a goal of its improvement plan"));
        }

        return needs;
    }

    /// The best leads for the setting, at most `take`, each explained.
    public static IReadOnlyList<BuddySuggestion> Suggest(SupportedFacts supported, IReadOnlyList<SupportNeed> needs, IEnumerable<CandidateFacts> candidates, int limit, FrameworkRegistry frameworks, int take = Shown)
    {
        ArgumentNullException.ThrowIfNull(supported);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(frameworks);
        var ranked = new List<(BuddySuggestion Suggestion, int Near, int Score, int Best, int Load, DateOnly Date)>();
        foreach (var candidate in candidates)
        {
            if (candidate.SettingId == supported.SettingId || candidate.Band != StandingBand.Meets || candidate.HasOpenCase || candidate.BuddyingNow >= limit)
                continue;
            if (candidate.Latest is not { } latest || !frameworks.TryGet(latest.FrameworkCode, out var framework))
                continue;
            var near = Nearness(supported, candidate);
            if (near is null)
                continue;
            var strengths = Strengths(needs, latest, framework);
            if (strengths.Score == 0)
                continue;
            var reason = $"{strengths.Words} (inspected {Day(latest.Date)}); {near.Value.Words}; {Load(candidate.BuddyingNow)}";
            ranked.Add((new BuddySuggestion(candidate.SettingId, candidate.Name, reason), near.Value.Tier, strengths.Score, strengths.BestRank, candidate.BuddyingNow, latest.Date));
        }

        return [.. ranked.OrderBy(r => r.Near).ThenByDescending(r => r.Score).ThenBy(r => r.Best).ThenBy(r => r.Load).ThenByDescending(r => r.Date)
            .ThenBy(r => r.Suggestion.Name, StringComparer.CurrentCulture).ThenBy(r => r.Suggestion.SettingId).Take(take).Select(r => r.Suggestion)];
    }

    /// The postcode district ("NF7" of "NF7 2AB"), upper case; null for no postcode.
    public static string? District(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
            return null;
        var compact = postcode.Trim().ToUpperInvariant();
        var space = compact.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
            return compact[..space];
        return compact.Length > 4 ? compact[..^3] : compact;
    }

    /// The postcode area ("NF" of "NF7 2AB"): the district's leading letters.
    public static string? Area(string? postcode) =>
        District(postcode) is { } district ? new string([.. district.TakeWhile(char.IsLetter)]) : null;

    // How strong the candidate is in the needed areas: 2 points an area graded strong (matched by code under the same
    // framework, by name and keywords under another), 1 an area its inspection did not grade but whose overall grade
    // is strong. With no needs known, a strong overall grade or every area strong is enough.
    private static (int Score, int BestRank, string Words) Strengths(IReadOnlyList<SupportNeed> needs, InspectionFacts latest, Framework framework)
    {
        var strong = Grades(framework, StandingBand.Meets);
        var graded = framework.AllAreas.Where(a => a.ScaleCode is not null && a.Code != framework.HeadlineAreaCode).ToList();
        var areas = new List<string>();
        var ranks = new List<int>();
        var overallOnly = 0;
        foreach (var need in needs)
        {
            var area = need.FrameworkCode == framework.Code ? framework.FindArea(need.AreaCode) : AreaMatcher.Best(need.AreaName, graded);
            if (area is not null && latest.Grades.TryGetValue(area.Code, out var grade))
            {
                if (strong.Contains(grade) && !areas.Contains(area.Name))
                {
                    areas.Add(area.Name);
                    ranks.Add(Rank(framework, area.Code, grade));
                }
            }
            else if (OverallStrong(latest, framework, strong))
            {
                overallOnly++;
            }
        }

        var overall = OverallStrong(latest, framework, strong) ? framework.Label(framework.HeadlineAreaCode!, latest.OverallGrade!) : null;
        if (needs.Count == 0 && overall is not null)
            overallOnly = 1;
        if (areas.Count == 0 && overallOnly == 0)
            return (0, int.MaxValue, "");
        var words = areas.Count > 0 ? $"Strong in {string.Join(" and in ", areas)}" : "";
        if (overallOnly > 0 && overall is not null)
            words += (words.Length > 0 ? "; " : "") + $"{overall} overall";
        var best = ranks.Count > 0 ? ranks.Min() : Rank(framework, framework.HeadlineAreaCode!, latest.OverallGrade!);
        return ((2 * areas.Count) + overallOnly, best, words);
    }

    private static bool OverallStrong(InspectionFacts latest, Framework framework, HashSet<string> strong) =>
        framework.HeadlineAreaCode is not null && latest.OverallGrade is { } overall && strong.Contains(overall);

    private static int Rank(Framework framework, string areaCode, string grade) =>
        framework.ScaleFor(areaCode).Find(grade)?.Rank ?? int.MaxValue;

    // The grades a framework's standings put in the bands given: those of its overall grade and of its areas.
    private static HashSet<string> Grades(Framework framework, params StandingBand[] bands) =>
        [.. framework.StandingRules.Where(r => bands.Contains(r.Standing.Band)).SelectMany(r => r.Overall.Concat(r.AnyArea).Concat(r.AllAreas))];

    private static (int Tier, string Words)? Nearness(SupportedFacts supported, CandidateFacts candidate)
    {
        if (supported.Locality is { } locality && string.Equals(locality, candidate.Locality, StringComparison.OrdinalIgnoreCase))
            return (0, $"same locality, {locality}");
        if (District(supported.Postcode) is { } district && district == District(candidate.Postcode))
            return (1, $"same postcode district {district}");
        if (Area(supported.Postcode) is { Length: > 0 } area && area == Area(candidate.Postcode))
            return (2, $"same postcode area {area}, district {District(candidate.Postcode)}");
        return null;
    }

    private static string Load(int buddying) => buddying switch
    {
        0 => "buddying no one now",
        1 => "buddying 1 setting now",
        _ => $"buddying {buddying.ToString(CultureInfo.InvariantCulture)} settings now",
    };

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
