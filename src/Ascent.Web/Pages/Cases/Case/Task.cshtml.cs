using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Case;

/// One task: mark it done (with a note; an allocation names the adviser; a monitoring visit records progress), or
/// record that the setting cancelled a visit.
public sealed class TaskModel(AppDbContext db, CaseWork work, UserManager<Domain.People.AppUser> users) : PageModel
{
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Guid? AdviserId { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? CancellationReason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public SupportCase Case { get; private set; } = null!;

    public CaseTask Task { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> AdviserItems { get; private set; } = [];

    public IEnumerable<SelectListItem> ProgressItems { get; } =
    [
        new("Sufficient: the setting is improving as planned", TaskOutcomes.Sufficient),
        new("Insufficient: this opens a funding-withdrawal review", TaskOutcomes.Insufficient),
    ];

    public async Task<IActionResult> OnGetAsync(int id, int taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, taskId, cancellationToken))
            return NotFound();
        Version = Task.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, taskId, cancellationToken))
            return NotFound();
        if (Task.Kind == TaskKinds.Allocation && (AdviserId is null || AdviserItems.All(a => a.Value != AdviserId.ToString())))
            ModelState.AddModelError(nameof(AdviserId), "Select who to allocate");
        if (Task.RecordsProgress && Progress is not (TaskOutcomes.Sufficient or TaskOutcomes.Insufficient))
            ModelState.AddModelError(nameof(Progress), "Select whether progress since the last visit is sufficient");
        if (Note?.Length > 4000)
            ModelState.AddModelError(nameof(Note), "Note must be 4,000 characters or fewer");
        if (!ModelState.IsValid || !StillOpen())
            return Page();

        db.Entry(Task).Property(t => t.Version).OriginalValue = Version;
        await work.CompleteAsync(Case, Task, Note, AdviserId, Progress, cancellationToken);
        return await SaveAsync(id, $"Done: {Task.Title}", cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelledAsync(int id, int taskId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, taskId, cancellationToken))
            return NotFound();
        if (Task.Kind != TaskKinds.Visit)
            return BadRequest();
        if (string.IsNullOrWhiteSpace(CancellationReason))
            ModelState.AddModelError(nameof(CancellationReason), "Enter why the setting cancelled the visit");
        else if (CancellationReason.Length > 1000)
            ModelState.AddModelError(nameof(CancellationReason), "Reason must be 1,000 characters or fewer");
        if (!ModelState.IsValid || !StillOpen())
            return Page();

        db.Entry(Task).Property(t => t.Version).OriginalValue = Version;
        await work.CancelledBySettingAsync(Case, Task, CancellationReason!.Trim(), cancellationToken);
        return await SaveAsync(id, $"Visit {Task.VisitNumber} recorded as cancelled by the setting and booked again", cancellationToken);
    }

    private bool StillOpen()
    {
        if (Task.State == CaseTaskState.Open && Case.IsOpen)
            return true;
        ModelState.AddModelError(nameof(Note), Case.IsOpen ? "This task has already been completed" : "This case is closed");
        return false;
    }

    private async Task<IActionResult> SaveAsync(int id, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Note), "Someone else updated this task while you had it open. Check it below and try again.");
            db.ChangeTracker.Clear();
            await LoadAsync(id, Task.Id, cancellationToken);
            Version = Task.Version;
            return Page();
        }

        TempData["Message"] = message;
        return Redirect($"/cases/{id}");
    }

    private async Task<bool> LoadAsync(int id, int taskId, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Include(c => c.Setting).Include(c => c.Tasks).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var task = found?.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (found is null || task is null)
            return false;
        Case = found;
        Task = task;
        if (task.Kind == TaskKinds.Allocation)
        {
            var definition = await work.DefinitionAsync(found, cancellationToken);
            var role = definition.Tasks.FirstOrDefault(t => t.Key == task.Key)?.AllocatesRole ?? Domain.People.Roles.ImprovementAdviser;
            var holders = await users.GetUsersInRoleAsync(role);
            AdviserItems = [.. holders.Where(u => u.IsActive && u.TenantId == found.TenantId && u.SettingId == null)
                .OrderBy(u => u.DisplayName).Select(u => new SelectListItem(u.DisplayName, u.Id.ToString()))];
        }

        return true;
    }
}
