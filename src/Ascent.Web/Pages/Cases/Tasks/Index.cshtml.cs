using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Tasks;

/// My tasks: overdue first, then what is due, nearest first. Tasks of a role nobody has been allocated yet show
/// to everyone holding that role. <c>?show=</c> picks one of the queues a home page links to (TaskQueues).
public sealed class IndexModel(AppDbContext db, TimeProvider time, Ascent.Web.Services.Visits.NoteWork notes) : PageModel
{
    private const int MaxRows = 500;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public string Queue => TaskQueues.Known(Show);

    public int Count { get; private set; }

    public string? TermName { get; private set; }

    public IReadOnlyList<TaskRow> Overdue { get; private set; } = [];

    public IReadOnlyList<TaskRow> Due { get; private set; } = [];

    /// The tables to show, each with its caption: overdue and due, or one table for a finished queue.
    public IReadOnlyList<(string Caption, IReadOnlyList<TaskRow> Rows)> Tables { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// Notes of visit I issued that the setting has not acknowledged within ten working days.
    public IReadOnlyList<Ascent.Web.Services.Visits.UnacknowledgedNote> Unacknowledged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        SchoolTerm? term = null;
        if (Queue == TaskQueues.MetThisTerm)
        {
            term = await db.SchoolTerms.AsNoTracking().Where(t => t.StartsOn <= Today && t.EndsOn >= Today).FirstOrDefaultAsync(cancellationToken);
            TermName = term?.Name;
        }

        var tasks = db.CaseTasks.AsNoTracking().Of(Queue, User, db.CurrentUser.UserId ?? Guid.Empty, Today, term);
        Count = await tasks.CountAsync(cancellationToken);
        var rows = await tasks
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            .Select(t => new TaskRow(t.Id, t.CaseId, t.Title, t.Case!.Setting!.Name, t.Case.Setting.Reference, t.Case.PathwayName, t.DueOn, t.OwnerName ?? t.OwnerRole))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        if (Queue == TaskQueues.MetThisTerm)
        {
            Tables = [($"Met ({Count})", rows)];
            return;
        }

        Overdue = [.. rows.Where(r => r.DueOn < Today)];
        Due = [.. rows.Where(r => r.DueOn >= Today)];
        Tables = [($"Overdue ({Overdue.Count})", Overdue), ($"Due ({Due.Count})", Due)];
        if (Queue == TaskQueues.Mine && db.CurrentUser.UserId is { } me)
            Unacknowledged = await notes.UnacknowledgedAsync(me, cancellationToken);
    }
}

public sealed record TaskRow(int Id, int CaseId, string Title, string SettingName, string Reference, string Pathway, DateOnly DueOn, string Owner);
