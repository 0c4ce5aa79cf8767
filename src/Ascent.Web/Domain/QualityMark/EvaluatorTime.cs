using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// What an evaluator's time on a setting was spent on; the cost report counts every kind alike.
public enum EvaluatorActivity
{
    Visit,
    Portfolio,
    Report,
    Travel,
    Panel,
    Other,
}

public static class EvaluatorActivities
{
    public static IReadOnlyList<EvaluatorActivity> All { get; } = Enum.GetValues<EvaluatorActivity>();

    public static string Label(EvaluatorActivity activity) => activity switch
    {
        EvaluatorActivity.Visit => "Visit to the setting",
        EvaluatorActivity.Portfolio => "Reading the portfolio",
        EvaluatorActivity.Report => "Writing the report or recommendation",
        EvaluatorActivity.Travel => "Travel",
        EvaluatorActivity.Panel => "Moderation panel",
        EvaluatorActivity.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(activity)),
    };
}

/// Time an evaluator spent on one setting's accreditation on one day: the cost report turns it into evaluator days at
/// the scheme's day rate. The LA's own record.
public sealed class EvaluatorTime : ITenantOwned, ILocalAuthorityOnly
{
    public const int NoteMaxLength = 500;
    public const int NameMaxLength = 200;

    /// No one works more than a day in a day.
    public const int MaxMinutes = 24 * 60;

    private EvaluatorTime()
    {
        EvaluatorName = "";
        Note = "";
        RecordedBy = "";
    }

    private EvaluatorTime(Accreditation accreditation, Guid evaluatorId, string evaluatorName, DateOnly on, int minutes, EvaluatorActivity activity, string note, string recordedBy, DateTimeOffset recordedAt)
    {
        TenantId = accreditation.TenantId;
        AccreditationId = accreditation.Id;
        EvaluatorId = evaluatorId;
        EvaluatorName = evaluatorName;
        On = on;
        Minutes = minutes;
        Activity = activity;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int AccreditationId { get; private set; }

    public Guid EvaluatorId { get; private set; }

    /// The evaluator's name when the time was logged, so the list reads the same after they leave.
    public string EvaluatorName { get; private set; }

    public DateOnly On { get; private set; }

    public int Minutes { get; private set; }

    public EvaluatorActivity Activity { get; private set; }

    public string Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// Moves on each correction, so a change made from a page read before another is refused, never overwrites it.
    public int Version { get; private set; }

    /// Logs time for the accreditation's evaluator: some time, at most a day, on a day not in the future.
    public static EvaluatorTime Log(Accreditation accreditation, Guid evaluatorId, string evaluatorName, DateOnly on, int minutes, EvaluatorActivity activity, string? note, string recordedBy, DateTimeOffset recordedAt, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (accreditation.EvaluatorId != evaluatorId)
            throw new InvalidOperationException("Time is logged for the setting's allocated evaluator.");
        if (minutes is <= 0 or > MaxMinutes)
            throw new ArgumentOutOfRangeException(nameof(minutes), "Enter some time, up to 24 hours.");
        if (on > today)
            throw new ArgumentException("Time is logged once it has been spent.", nameof(on));
        if (!Enum.IsDefined(activity))
            throw new ArgumentOutOfRangeException(nameof(activity));
        return new EvaluatorTime(accreditation, evaluatorId, evaluatorName, on, minutes, activity, note?.Trim() ?? "", recordedBy, recordedAt);
    }

    /// Puts right what was logged (the wrong hours or day), under the rules time is logged by. Who corrected it and
    /// what it said before is the audit trail's.
    public void Correct(DateOnly on, int minutes, EvaluatorActivity activity, string? note, DateOnly today)
    {
        if (minutes is <= 0 or > MaxMinutes)
            throw new ArgumentOutOfRangeException(nameof(minutes), "Enter some time, up to 24 hours.");
        if (on > today)
            throw new ArgumentException("Time is logged once it has been spent.", nameof(on));
        if (!Enum.IsDefined(activity))
            throw new ArgumentOutOfRangeException(nameof(activity));
        (On, Minutes, Activity, Note) = (on, minutes, activity, note?.Trim() ?? "");
        Version++;
    }

    /// "2 hours 30 minutes", "45 minutes", "1 hour".
    public static string Duration(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var h = hours == 1 ? "1 hour" : $"{hours} hours";
        var m = rest == 1 ? "1 minute" : $"{rest} minutes";
        return hours == 0 ? m : rest == 0 ? h : $"{h} {m}";
    }
}
