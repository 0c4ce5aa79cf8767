using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Funding;

/// Reads funding/rules.yaml, refusing anything that would make a proposal go wrong later: an unknown event,
/// framework, grade, enforcement kind, state or entitlement, a rule without a name or a reason.
public static partial class FundingRulesLoader
{
    private static readonly Dictionary<string, FundingState> States = new(StringComparer.Ordinal)
    {
        ["funded"] = FundingState.Funded,
        ["withdrawn"] = FundingState.Withdrawn,
        ["not-eligible"] = FundingState.NotEligible,
    };

    public static IReadOnlyList<FundingRule> Parse(string yaml, string file, FrameworkRegistry frameworks)
    {
        var map = new YamlMap(YamlFile.LoadSingle(yaml, file, "set of funding rules"), file, "the funding rules file", "rules");
        var rules = new List<FundingRule>();
        foreach (var node in map.List("rules", required: true))
            rules.Add(ReadRule(node, file, frameworks, rules));
        return rules;
    }

    private static FundingRule ReadRule(YamlNode node, string file, FrameworkRegistry frameworks, List<FundingRule> earlier)
    {
        var map = new YamlMap(node, file, "a funding rule", "code", "name", "on", "judgements", "enforcement_kinds", "set", "entitlements", "reason");
        var code = map.RequiredScalar("code");
        if (!CodePattern().IsMatch(code.Value!))
            throw map.Error(code.Start, $"code '{code.Value}' must be lower-case letters, digits and hyphens.");
        if (earlier.Any(r => r.Code == code.Value))
            throw map.Error(code.Start, $"rule code '{code.Value}' is used twice.");

        var on = map.RequiredScalar("on");
        if (!FundingTriggers.All.Contains(on.Value!))
            throw map.Error(on.Start, $"on '{on.Value}' is not one of: {string.Join(", ", FundingTriggers.All)}.");
        var judgements = map.List("judgements", required: on.Value == FundingTriggers.NewJudgement)
            .Select(n => PathwayLoader.ReadCondition(n, file, frameworks)).ToList();
        if (judgements.Count > 0 && on.Value != FundingTriggers.NewJudgement)
            throw map.Error(map.KeyOrMapStart("judgements"), $"judgements only apply to rules on {FundingTriggers.NewJudgement}.");
        var kinds = map.List("enforcement_kinds", required: on.Value == FundingTriggers.Enforcement).Select(n =>
        {
            var value = (n as YamlScalarNode)?.Value;
            return Enum.TryParse<EnforcementKind>(value, ignoreCase: false, out _) && !int.TryParse(value, CultureInfo.InvariantCulture, out _)
                ? value!
                : throw YamlMap.Error(file, n.Start, $"enforcement kind '{value}' is not one of: {string.Join(", ", Enum.GetNames<EnforcementKind>())}.");
        }).ToList();
        if (kinds.Count > 0 && on.Value != FundingTriggers.Enforcement)
            throw map.Error(map.KeyOrMapStart("enforcement_kinds"), $"enforcement_kinds only apply to rules on {FundingTriggers.Enforcement}.");

        var set = map.RequiredScalar("set");
        if (!States.TryGetValue(set.Value!, out var state))
            throw map.Error(set.Start, $"set '{set.Value}' is not one of: {string.Join(", ", States.Keys)}.");

        var entitlements = new List<string>();
        foreach (var entitlement in map.List("entitlements", required: true))
        {
            var value = (entitlement as YamlScalarNode)?.Value;
            if (value is null || !FundingEntitlements.IsKnown(value))
                throw YamlMap.Error(file, entitlement.Start, $"entitlement '{value}' is not one of: {string.Join(", ", FundingEntitlements.All)}.");
            if (entitlements.Contains(value))
                throw YamlMap.Error(file, entitlement.Start, $"entitlement '{value}' is listed twice.");
            entitlements.Add(value);
        }

        return new FundingRule(code.Value!, map.Required("name"), on.Value!, judgements, kinds, state, entitlements, map.Required("reason"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
