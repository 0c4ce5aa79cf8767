using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Case;

public sealed class DetailsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public SupportCase Case { get; private set; } = null!;

    public PathwayVersion Version { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public List<Domain.Visits.Visit> Visits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Setting).Include(c => c.Tasks).Include(c => c.Concerns)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
            return NotFound();
        Case = found;
        Version = await db.PathwayVersions.AsNoTracking().SingleAsync(v => v.Id == found.PathwayVersionId, cancellationToken);
        Today = time.Today();
        Visits = await db.Visits.AsNoTracking().Where(v => v.CaseId == id).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);
        return Page();
    }

    public static (string Text, string Colour) StateTag(CaseTask task, DateOnly today) => task.State switch
    {
        CaseTaskState.Open when task.DueOn < today => ("Overdue", "red"),
        CaseTaskState.Open => ("To do", "blue"),
        CaseTaskState.Done when task.CompletedOn > task.DueOn => ("Done late", "orange"),
        CaseTaskState.Done => ("Done", "green"),
        CaseTaskState.BeforeAscent => ("Before Ascent", "grey"),
        _ => (task.RecordedOutcome == TaskOutcome.CancelledBySetting ? "Cancelled by setting" : "Cancelled", "grey"),
    };
}
