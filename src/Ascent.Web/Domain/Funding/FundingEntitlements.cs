namespace Ascent.Web.Domain.Funding;

/// The early education entitlements an LA funds a setting to deliver. Codes are stored and used in funding/rules.yaml.
public static class FundingEntitlements
{
    public const string TwoYearOlds = "ff2";
    public const string Universal = "universal-3-4";
    public const string Extended = "extended-3-4";

    public static IReadOnlyList<string> All { get; } = [TwoYearOlds, Universal, Extended];

    public static bool IsKnown(string code) => All.Contains(code);

    public static string Name(string code) => code switch
    {
        TwoYearOlds => "Two-year-old funding (FF2)",
        Universal => "Universal 15 hours for three- and four-year-olds",
        Extended => "Extended 30 hours for three- and four-year-olds",
        _ => code,
    };

    /// The entitlements in the order Ascent always shows them.
    public static IEnumerable<string> InOrder(IEnumerable<string> codes) => All.Where(codes.Contains);
}

public enum FundingState
{
    /// Eligible and funded: what every setting is until a decision says otherwise.
    Funded = 1,
    Withdrawn = 2,
    NotEligible = 3,
}

public static class FundingStates
{
    public static string Name(FundingState state) => state switch
    {
        FundingState.Funded => "Funded",
        FundingState.Withdrawn => "Withdrawn",
        FundingState.NotEligible => "Not eligible",
        _ => state.ToString(),
    };

    /// What a decision does, in a letter's words: "withdrawn", "reinstated".
    public static string Verb(FundingState state) => state switch
    {
        FundingState.Funded => "reinstated",
        FundingState.Withdrawn => "withdrawn",
        FundingState.NotEligible => "not available",
        _ => state.ToString(),
    };

    public static string Colour(FundingState state) => state switch
    {
        FundingState.Funded => "green",
        FundingState.Withdrawn => "red",
        _ => "grey",
    };
}
