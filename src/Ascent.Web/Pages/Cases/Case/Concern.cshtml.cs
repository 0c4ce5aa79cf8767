using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Case;

/// Records a concern about children's safety on a case (no concern id), or that an existing one was shared with
/// Ofsted, with the date and Ofsted's reference.
public sealed class ConcernModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public DateInput RaisedOn { get; set; } = new();

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public DateInput SharedOn { get; set; } = new();

    [BindProperty]
    public string? OfstedReference { get; set; }

    public SupportCase Case { get; private set; } = null!;

    public CaseConcern? Concern { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? concernId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, concernId, cancellationToken))
            return NotFound();
        RaisedOn = DateInput.From(Concern?.RaisedOn ?? time.Today());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? concernId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, concernId, cancellationToken))
            return NotFound();
        var today = time.Today();
        DateOnly raised = default;
        if (Concern is null)
        {
            if (!RaisedOn.TryGetDate(out raised) || raised > today)
                ModelState.AddModelError(nameof(RaisedOn), "Enter the date the concern was raised, today or earlier");
            if (string.IsNullOrWhiteSpace(Summary))
                ModelState.AddModelError(nameof(Summary), "Describe the concern");
            else if (Summary.Length > 4000)
                ModelState.AddModelError(nameof(Summary), "The description must be 4,000 characters or fewer");
        }

        DateOnly? shared = null;
        if (!SharedOn.IsEmpty)
        {
            if (SharedOn.TryGetDate(out var on) && on <= today)
                shared = on;
            else
                ModelState.AddModelError(nameof(SharedOn), "Enter the date it was shared with Ofsted, today or earlier");
        }
        else if (Concern is not null)
        {
            ModelState.AddModelError(nameof(SharedOn), "Enter the date it was shared with Ofsted");
        }

        if (OfstedReference?.Length > 100)
            ModelState.AddModelError(nameof(OfstedReference), "The reference must be 100 characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var concern = Concern ?? new CaseConcern(Case, raised, Summary!, db.CurrentUser.DisplayName, time.GetUtcNow());
        if (Concern is null)
            Case.Concerns.Add(concern);
        if (shared is { } sharedOn)
            concern.MarkShared(sharedOn, OfstedReference);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = Concern is null ? "Concern recorded" : "Sharing with Ofsted recorded";
        return Redirect($"/cases/{id}");
    }

    private async Task<bool> LoadAsync(int id, int? concernId, CancellationToken cancellationToken)
    {
        var found = await db.Cases.Include(c => c.Setting).Include(c => c.Concerns).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
            return false;
        Case = found;
        if (concernId is null)
            return true;
        Concern = found.Concerns.FirstOrDefault(c => c.Id == concernId);
        return Concern is not null;
    }
}
