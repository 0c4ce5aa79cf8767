namespace Ascent.Web.Domain.QualityMark;

/// One setting's (or the cohort's own) line of the cost report: its evaluator time and other costs.
public sealed record CostLine(string Name, int EvaluatorMinutes, decimal EvaluatorDays, long EvaluatorPence, long OtherPence)
{
    public long TotalPence => EvaluatorPence + OtherPence;
}

/// A cohort's cost report: evaluator days (the hours logged over the scheme's day_hours) times day_rate_pence, plus
/// the other costs recorded, per setting, with the cohort's own costs on a line of their own and the totals.
/// Evaluator cost is worked out per setting from its minutes in whole pence, rounded to the nearest penny (half a
/// penny up), and the total is the sum of the lines, so the lines always add up to it. Days are shown to two
/// decimals (rounded the same way); the pence come from the minutes, never from the rounded days.
public sealed record CostReport(IReadOnlyList<CostLine> Settings, CostLine Cohort, decimal DayHours, int DayRatePence)
{
    public const string CohortLineName = "The whole cohort";

    public int EvaluatorMinutes => Settings.Sum(l => l.EvaluatorMinutes);

    public decimal EvaluatorDays => Days(EvaluatorMinutes, DayHours);

    public long EvaluatorPence => Settings.Sum(l => l.EvaluatorPence);

    public long OtherPence => Settings.Sum(l => l.OtherPence) + Cohort.OtherPence;

    public long TotalPence => EvaluatorPence + OtherPence;

    /// settings: each setting's name, minutes logged and other costs (pence); cohortCosts: costs of the whole cohort.
    public static CostReport For(EvaluatorTerms terms, IEnumerable<(string Name, int Minutes, long OtherPence)> settings, long cohortCosts)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(settings);
        var lines = settings.Select(s => new CostLine(s.Name, s.Minutes, Days(s.Minutes, terms.DayHours), CostOf(s.Minutes, terms), s.OtherPence)).ToList();
        return new CostReport(lines, new CostLine(CohortLineName, 0, 0, 0, cohortCosts), terms.DayHours, terms.DayRatePence);
    }

    /// Minutes as evaluator days, to two decimals.
    public static decimal Days(int minutes, decimal dayHours) =>
        dayHours <= 0 ? 0 : Math.Round(minutes / (dayHours * 60m), 2, MidpointRounding.AwayFromZero);

    /// What the minutes cost at the day rate, to the nearest penny (half a penny up).
    public static long CostOf(int minutes, EvaluatorTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.DayHours <= 0 ? 0 : (long)Math.Round(minutes * (decimal)terms.DayRatePence / (terms.DayHours * 60m), 0, MidpointRounding.AwayFromZero);
    }
}
