using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Tasks;

/// My tasks: overdue first, then what is due, nearest first. Tasks of a role nobody has been allocated yet show
/// to everyone holding that role.
public sealed class IndexModel(AppDbContext db, TimeProvider time, Ascent.Web.Services.Visits.NoteWork notes) : PageModel
{
    public IReadOnlyList<TaskRow> Overdue { get; private set; } = [];

    public IReadOnlyList<TaskRow> Due { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// Notes of visit I issued that the setting has not acknowledged within ten working days.
    public IReadOnlyList<Ascent.Web.Services.Visits.UnacknowledgedNote> Unacknowledged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = time.Today();
        var rows = await db.CaseTasks.AsNoTracking().Live().OwnedBy(User, db.CurrentUser.UserId ?? Guid.Empty)
            .OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            .Select(t => new TaskRow(t.Id, t.CaseId, t.Title, t.Case!.Setting!.Name, t.Case.Setting.Reference, t.Case.PathwayName, t.DueOn, t.OwnerName ?? t.OwnerRole))
            .Take(500)
            .ToListAsync(cancellationToken);
        Overdue = [.. rows.Where(r => r.DueOn < Today)];
        Due = [.. rows.Where(r => r.DueOn >= Today)];
        if (db.CurrentUser.UserId is { } me)
            Unacknowledged = await notes.UnacknowledgedAsync(me, cancellationToken);
    }
}

public sealed record TaskRow(int Id, int CaseId, string Title, string SettingName, string Reference, string Pathway, DateOnly DueOn, string Owner);
