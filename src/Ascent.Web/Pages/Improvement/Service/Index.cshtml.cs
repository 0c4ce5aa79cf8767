using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Service;

/// An Australian service's statement of philosophy and the details ACECQA's QIP template asks for beyond the
/// register entry. They go at the front of the Word QIP. Only for services regulated by ACECQA.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    [BindProperty]
    public string? Philosophy { get; set; }

    [BindProperty]
    public string? NominatedSupervisor { get; set; }

    [BindProperty]
    public string? PostalAddress { get; set; }

    [BindProperty]
    public string? OperatingHours { get; set; }

    [BindProperty]
    public string? ChildGrouping { get; set; }

    [BindProperty]
    public string? PreparedBy { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public ServiceStatement? Statement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Statement is { } statement)
        {
            Philosophy = statement.Philosophy;
            NominatedSupervisor = statement.NominatedSupervisor;
            PostalAddress = statement.PostalAddress;
            OperatingHours = statement.OperatingHours;
            ChildGrouping = statement.ChildGrouping;
            PreparedBy = statement.PreparedBy;
            Version = statement.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        foreach (var (value, name, label, max) in new[]
        {
            (Philosophy, nameof(Philosophy), "The statement of philosophy", 8000),
            (NominatedSupervisor, nameof(NominatedSupervisor), "The nominated supervisor", 200),
            (PostalAddress, nameof(PostalAddress), "The postal address", 500),
            (OperatingHours, nameof(OperatingHours), "The operating hours", 1000),
            (ChildGrouping, nameof(ChildGrouping), "How children are grouped", 2000),
            (PreparedBy, nameof(PreparedBy), "Who prepared the plan", 500),
        })
        {
            if (value?.Length > max)
                ModelState.AddModelError(name, $"{label} must be {max:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
            return Page();

        var statement = Statement ?? new ServiceStatement(Setting.TenantId, Setting.Id);
        if (Statement is null)
            Db.ServiceStatements.Add(statement);
        else
            Db.Entry(statement).Property(s => s.Version).OriginalValue = Version;
        statement.Record(Philosophy, NominatedSupervisor, PostalAddress, OperatingHours, ChildGrouping, PreparedBy, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A newer statement was saved meanwhile (or a first one, at the same moment): keep this person's words.
            Db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Version = Statement?.Version ?? 0;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(nameof(Philosophy), "Someone else saved these details while you had them open. Your changes are below: check them and save again.");
            return Page();
        }

        TempData["Message"] = "Service details and philosophy saved";
        return Redirect($"/settings/{id}/plan");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken) || !PlanDocument.IsQip(Setting))
            return false;
        Statement = await Db.ServiceStatements.FirstOrDefaultAsync(s => s.SettingId == id, cancellationToken);
        return true;
    }
}
