using Ascent.Web.Data;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits;

/// Upcoming and recent visits. LA staff see theirs (attending, or planned by them) or all their LA's; a setting's
/// people see their own setting's (the query filter).
public sealed class IndexModel(AppDbContext db) : VisitPage(db)
{
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public bool ShowAll => Show == "all" || !IsLocalAuthority;

    public List<VisitRow> Upcoming { get; private set; } = [];

    public List<VisitRow> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Db.Visits.AsNoTracking();
        if (!ShowAll && Db.CurrentUser.UserId is { } me)
        {
            query = query.Where(v => v.Attendees.Any(a => a.UserId == me) || v.PlannedById == me);
        }

        var today = Db.Today;
        var rows = query.Select(v => new VisitRow(v.Id, v.Title, v.Setting!.Name, v.Date, v.StartTime, v.Status,
            Db.VisitNotes.Where(n => n.VisitId == v.Id).Select(n => (NoteStatus?)n.Status).FirstOrDefault(),
            Db.VisitNotes.Where(n => n.VisitId == v.Id).Select(n => n.AcknowledgedAt).FirstOrDefault() != null));
        Upcoming = await rows.Where(v => v.Status == VisitStatus.Planned).OrderBy(v => v.Date).ThenBy(v => v.StartTime).Take(100).ToListAsync(cancellationToken);
        Recent = await rows.Where(v => v.Status != VisitStatus.Planned && v.Date >= today.AddMonths(-6)).OrderByDescending(v => v.Date).Take(100).ToListAsync(cancellationToken);
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
