using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits;

/// Upcoming and recent visits. LA staff see theirs (attending, or planned by them) or all their LA's; a setting's
/// people see their own setting's (the query filter). <c>?show=</c> picks one of the queues a home page links to
/// (VisitQueues): one table with its count in its heading.
public sealed class IndexModel(AppDbContext db, TimeProvider time) : VisitPage(db)
{
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public bool ShowAll => Show == "all" || !IsLocalAuthority;

    /// The home page's queue being shown, if any (LA staff only).
    public string? Queue => IsLocalAuthority && VisitQueues.IsQueue(Show) ? Show : null;

    public int QueueCount { get; private set; }

    /// The tables to show: each heading, its rows and what it says when it has none.
    public IReadOnlyList<(string Heading, List<VisitRow> Rows, string Empty)> Sections =>
        Queue is { } queue
            ? [($"{VisitQueues.Title(queue)} ({QueueCount})", Upcoming, "There are none.")]
            : [("Upcoming", Upcoming, "No visits are planned."), ("In the last six months", Recent, "No visits were held or cancelled in the last six months.")];

    public bool CanEditTemplates => new[] { Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser }.Any(Db.CurrentUser.IsInRole);

    public List<VisitRow> Upcoming { get; private set; } = [];

    public List<VisitRow> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Db.Visits.AsNoTracking();
        if (Queue is { } queue)
        {
            var visits = query.Of(Db.VisitNotes, queue, Db.CurrentUser.UserId ?? Guid.Empty, time.Today());
            QueueCount = await visits.CountAsync(cancellationToken);
            Upcoming = await RowsAsync(visits.OrderBy(v => v.Date).ThenBy(v => v.StartTime).ThenBy(v => v.Id), cancellationToken);
            return;
        }

        if (!ShowAll && Db.CurrentUser.UserId is { } me)
        {
            query = query.Where(v => v.Attendees.Any(a => a.UserId == me) || v.PlannedById == me);
        }

        var today = time.Today();
        Upcoming = await RowsAsync(query.Where(v => v.Status == VisitStatus.Planned).OrderBy(v => v.Date).ThenBy(v => v.StartTime), cancellationToken);
        Recent = await RowsAsync(query.Where(v => v.Status != VisitStatus.Planned && v.Date >= today.AddMonths(-6)).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id), cancellationToken);
    }

    // The query filter on notes hides drafts from a setting, so its people see "not started" until a note is issued.
    private async Task<List<VisitRow>> RowsAsync(IQueryable<Visit> visits, CancellationToken cancellationToken)
    {
        var page = await visits.Take(100).Select(v => new { v.Id, v.Title, SettingName = v.Setting!.Name, v.Date, v.StartTime, v.Status }).ToListAsync(cancellationToken);
        var ids = page.Select(v => v.Id).ToList();
        var notes = await Db.VisitNotes.AsNoTracking().Where(n => ids.Contains(n.VisitId))
            .Select(n => new { n.VisitId, n.Status, Acknowledged = n.AcknowledgedAt != null }).ToDictionaryAsync(n => n.VisitId, cancellationToken);
        return [.. page.Select(v => new VisitRow(v.Id, v.Title, v.SettingName, v.Date, v.StartTime, v.Status,
            notes.TryGetValue(v.Id, out var note) ? note.Status : null, note?.Acknowledged ?? false))];
    }
}

public sealed record VisitRow(int Id, string Title, string SettingName, DateOnly Date, TimeOnly StartTime, VisitStatus Status, NoteStatus? NoteStatus, bool Acknowledged)
{
    public string NoteText => NoteStatus switch
    {
        Domain.Visits.NoteStatus.Issued => Acknowledged ? "Issued, acknowledged" : "Issued, not acknowledged",
        Domain.Visits.NoteStatus.AwaitingReview => "Awaiting review",
        Domain.Visits.NoteStatus.Draft => "Draft",
        _ => Status == VisitStatus.Cancelled ? "" : "Not started",
    };
}
