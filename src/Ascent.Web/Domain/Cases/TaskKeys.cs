using System.Globalization;

namespace Ascent.Web.Domain.Cases;

/// The task keys Ascent itself gives (visits, escalations), as opposed to those a pathway file names. A pathway's own
/// task may not take one of them: completing it would act as the escalation or the visit does.
public static class TaskKeys
{
    /// Opened by a monitoring visit with insufficient progress; completing it proposes funding withdrawal.
    public const string FundingWithdrawalReview = "funding-withdrawal-review";

    private const string VisitPrefix = "visit-";
    /// The start of every cancellations escalation's key, for finding them all in a query.
    public const string CancellationsPrefix = "cancellations-";

    /// The escalations a pathway's insufficient_progress may open.
    public static IReadOnlyList<string> ProgressEscalations { get; } = [FundingWithdrawalReview];

    public static string Visit(int number) => VisitPrefix + number.ToString(CultureInfo.InvariantCulture);

    /// The escalation for too many visits cancelled by the setting in the term starting on that day.
    public static string Cancellations(DateOnly termStartsOn) => CancellationsPrefix + termStartsOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static bool IsReserved(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key == FundingWithdrawalReview || key.StartsWith(VisitPrefix, StringComparison.Ordinal) || key.StartsWith(CancellationsPrefix, StringComparison.Ordinal);
    }
}
