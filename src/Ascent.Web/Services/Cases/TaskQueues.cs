using System.Security.Claims;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;

namespace Ascent.Web.Services.Cases;

/// The task lists a home page sends people to (<c>/tasks?show=…</c>). The home page counts the same query the list
/// shows, so a figure and the list behind it always agree.
public static class TaskQueues
{
    /// Tasks given to me, and my role's tasks nobody has been allocated yet: the list's default.
    public const string Mine = "mine";

    public const string MyOverdue = "overdue";

    /// Every open task of the LA past its date, whoever holds it.
    public const string Missed = "missed";

    /// Escalations opened when a setting cancels two visits in one term.
    public const string Cancellations = "cancellations";

    public const string FundingReviews = "funding-reviews";

    /// Tasks done on or before their date since the current school term started.
    public const string MetThisTerm = "met";

    public static IReadOnlyList<string> All { get; } = [Mine, MyOverdue, Missed, Cancellations, FundingReviews, MetThisTerm];

    public static string Known(string? show) => show is not null && All.Contains(show) ? show : Mine;

    public static string Title(string show) => show switch
    {
        MyOverdue => "Your overdue tasks",
        Missed => "Deadlines missed",
        Cancellations => "Settings that cancelled two visits this term",
        FundingReviews => "Funding-withdrawal reviews",
        MetThisTerm => "Deadlines met this term",
        _ => "Your tasks",
    };

    public static string Description(string show) => show switch
    {
        MyOverdue => "Tasks given to you, or to your role and not yet allocated, whose date has passed.",
        Missed => "Every open task in your local authority whose date has passed, whoever it is for.",
        Cancellations => "Two cancellations by a setting in one school term open a task to follow the setting up.",
        FundingReviews => "A monitoring visit found insufficient progress: decide whether to propose withdrawing funding.",
        MetThisTerm => "Tasks completed on or before their date since the current school term started.",
        _ => "Tasks given to you, and tasks for your role that nobody has been allocated yet.",
    };

    /// The tasks of one queue. The term is the school term today falls in, for "met this term" (none without one).
    public static IQueryable<CaseTask> Of(this IQueryable<CaseTask> tasks, string show, ClaimsPrincipal user, Guid me, DateOnly today, SchoolTerm? term) => show switch
    {
        MyOverdue => tasks.Live().OwnedBy(user, me).Where(t => t.DueOn < today),
        Missed => tasks.Live().Where(t => t.DueOn < today),
        Cancellations => tasks.Live().Where(t => t.Key.StartsWith(TaskKeys.CancellationsPrefix)),
        FundingReviews => tasks.Live().Where(t => t.Key == TaskKeys.FundingWithdrawalReview),
        MetThisTerm when term is not null => tasks.Where(t => t.State == CaseTaskState.Done
            && t.CompletedOn >= term.StartsOn && t.CompletedOn <= today && t.CompletedOn <= t.DueOn),
        MetThisTerm => tasks.Where(t => false),
        _ => tasks.Live().OwnedBy(user, me),
    };
}
