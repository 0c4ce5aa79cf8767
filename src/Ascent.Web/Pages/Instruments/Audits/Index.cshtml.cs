using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Audits;

/// One audit: its sheets and how far each has got, what to do next, finishing it (which checks every item is
/// answered, keeps the total and locks it), and after that its amendments.
public sealed class IndexModel(AppDbContext db, AuditWork work) : AuditPage(db, work)
{
    [BindProperty] public int Version { get; set; }

    public IReadOnlyList<AuditAmendment> Amendments { get; private set; } = [];

    public string? VisitTitle { get; private set; }

    public (int CaseId, int TaskId, string Title, bool Done)? Task { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(id, cancellationToken))
            return NotFound();
        Version = Audit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostFinishAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(id, cancellationToken))
            return NotFound();
        if (!MayRecord || Audit.IsLocked)
            return Forbid();
        if (Version != Audit.Version)
        {
            ModelState.AddModelError(string.Empty, "The audit changed while you had this page open: check it and finish it again");
            Version = Audit.Version;
            return Page();
        }

        var missing = await Work.FinishAsync(Audit, Instrument, cancellationToken);
        if (missing.Count > 0)
        {
            foreach (var message in missing)
                ModelState.AddModelError(string.Empty, message);
            return Page();
        }

        TempData["Message"] = "Audit finished: its answers are now locked";
        return Redirect($"/audits/{id}");
    }

    public int Answered(AuditSheet sheet) => AuditSheets.Answered(Instrument, sheet);

    public int ItemCount => Instrument.Items.Count();

    private async Task<bool> LoadPageAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return false;
        Amendments = await Db.AuditAmendments.Where(a => a.AuditId == id).OrderBy(a => a.At).AsNoTracking().ToListAsync(cancellationToken);
        if (Audit.VisitId is { } visitId)
            VisitTitle = await Db.Visits.Where(v => v.Id == visitId).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
        if (Audit.CaseTaskId is { } taskId && await Db.CaseTasks.Where(t => t.Id == taskId).Select(t => new { t.CaseId, t.Title, t.State }).FirstOrDefaultAsync(cancellationToken) is { } task)
            Task = (task.CaseId, taskId, task.Title, task.State == Domain.Cases.CaseTaskState.Done);
        return true;
    }
}
