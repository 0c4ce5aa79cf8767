using Ascent.Web.Domain.Visits;

namespace Ascent.Web.Services.Visits;

/// The visit lists a home page sends people to (<c>/visits?show=…</c>). The home page counts the same query the list
/// shows, so a figure and the list behind it always agree.
public static class VisitQueues
{
    /// My planned visits from Monday of this week to Sunday of next week.
    public const string ThisWeekAndNext = "fortnight";

    /// My visits held whose note is not yet issued: to write, or to finish and issue.
    public const string NotesToFinish = "notes";

    /// Notes an adviser asked the Senior Improvement Adviser to review.
    public const string ReviewRequested = "review";

    public static IReadOnlyList<string> All { get; } = [ThisWeekAndNext, NotesToFinish, ReviewRequested];

    public static bool IsQueue(string? show) => show is not null && All.Contains(show);

    public static string Title(string show) => show switch
    {
        ThisWeekAndNext => "Your visits this week and next",
        NotesToFinish => "Notes of visit to write or issue",
        _ => "Notes waiting for your review",
    };

    /// Monday of this week and Sunday of next week.
    public static (DateOnly From, DateOnly To) Fortnight(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(13));
    }

    /// Visits I attend or planned.
    public static IQueryable<Visit> Mine(this IQueryable<Visit> visits, Guid me) =>
        visits.Where(v => v.Attendees.Any(a => a.UserId == me) || v.PlannedById == me);

    public static IQueryable<Visit> Of(this IQueryable<Visit> visits, IQueryable<VisitNote> notes, string show, Guid me, DateOnly today)
    {
        switch (show)
        {
            case ThisWeekAndNext:
                var (from, to) = Fortnight(today);
                return visits.Mine(me).Where(v => v.Status == VisitStatus.Planned && v.Date >= from && v.Date <= to);
            case NotesToFinish:
                return visits.Mine(me).Where(v => v.Status == VisitStatus.Held && !notes.Any(n => n.VisitId == v.Id && n.Status == NoteStatus.Issued));
            case ReviewRequested:
                return visits.Where(v => notes.Any(n => n.VisitId == v.Id && n.Status == NoteStatus.AwaitingReview));
            default:
                throw new ArgumentOutOfRangeException(nameof(show), show, "Not a visit queue.");
        }
    }
}
