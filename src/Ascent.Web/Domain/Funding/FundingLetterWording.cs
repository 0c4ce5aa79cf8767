using System.Globalization;

namespace Ascent.Web.Domain.Funding;

/// What a funding letter says, as the values of its template's placeholders: addressed to the registered person by
/// name (or to the setting when the register has no name) at the setting's address, in sentences that read as
/// English whatever the entitlements and the change.
public static class FundingLetterWording
{
    public static IReadOnlyDictionary<string, string> Values(FundingLetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var effective = Date(facts.EffectiveDate.Date);
        return new Dictionary<string, string>
        {
            ["SettingName"] = facts.SettingName,
            ["Reference"] = facts.Reference,
            ["RegisteredPerson"] = Addressee(facts),
            ["Recipient"] = string.Join('\n', Recipient(facts)),
            ["Salutation"] = $"Dear {Addressee(facts)}",
            ["Entitlements"] = Entitlements(facts.EntitlementCodes),
            ["Decision"] = FundingStates.Verb(facts.State),
            ["Change"] = Change(facts),
            ["Reason"] = facts.Reason,
            ["EffectiveDate"] = effective,
            ["DecisionDate"] = Date(facts.DecisionDate),
            ["ManagerName"] = facts.ManagerName,
            ["LaName"] = facts.LaName,
        };
    }

    /// The registered person's name as the register has it, or the setting's name when it has none.
    public static string Addressee(FundingLetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return string.IsNullOrWhiteSpace(facts.RegisteredPersonName) ? facts.SettingName : facts.RegisteredPersonName.Trim();
    }

    /// The address block: the registered person, the setting, then the setting's address, one line each.
    public static IReadOnlyList<string> Recipient(FundingLetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(facts.RegisteredPersonName) && !string.Equals(facts.RegisteredPersonName.Trim(), facts.SettingName, StringComparison.OrdinalIgnoreCase))
            lines.Add(facts.RegisteredPersonName.Trim());
        lines.Add(facts.SettingName);
        lines.AddRange(facts.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()));
        return lines;
    }

    /// "funding for two-year-olds (FF2)", "funding for the universal 15 hours and the extended 30 hours for three- and
    /// four-year-olds".
    public static string Entitlements(IEnumerable<string> codes)
    {
        var ordered = FundingEntitlements.InOrder(codes).ToList();
        var phrases = new List<string>();
        if (ordered.Contains(FundingEntitlements.TwoYearOlds))
            phrases.Add("two-year-olds (FF2)");
        var universal = ordered.Contains(FundingEntitlements.Universal);
        var extended = ordered.Contains(FundingEntitlements.Extended);
        if (universal && extended)
            phrases.AddRange(["the universal 15 hours", "the extended 30 hours for three- and four-year-olds"]);
        else if (universal)
            phrases.Add("the universal 15 hours for three- and four-year-olds");
        else if (extended)
            phrases.Add("the extended 30 hours for three- and four-year-olds");
        return "funding for " + List(phrases);
    }

    /// The sentence that tells the setting what changes and from when.
    public static string Change(FundingLetterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var entitlements = Entitlements(facts.EntitlementCodes);
        var from = $"from {Date(facts.EffectiveDate.Date)}" + (facts.EffectiveDate.From == FundingEffectiveFrom.NextFundingTerm ? ", the start of the next funding term" : "");
        return facts.State switch
        {
            FundingState.Funded => $"We are reinstating your {entitlements} at {facts.SettingName} {from}.",
            FundingState.Withdrawn => $"We are withdrawing your {entitlements} at {facts.SettingName} {from}.",
            _ => $"{facts.SettingName} is no longer eligible for {entitlements} {from}.",
        };
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string List(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}

public sealed record FundingLetterFacts(
    string LaName,
    string SettingName,
    string Reference,
    string? RegisteredPersonName,
    IReadOnlyList<string?> AddressLines,
    IReadOnlyList<string> EntitlementCodes,
    FundingState State,
    string Reason,
    DateOnly DecisionDate,
    FundingEffectiveDate EffectiveDate,
    string ManagerName);
