using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Pathways;

/// The LA's school terms, which differ between LAs: the pathways count visits cancelled by a setting per term.
[Authorize(Policy = Policies.LocalAuthorityStaff)]
public sealed class TermsModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public TermInput Input { get; set; } = new();

    public IReadOnlyList<SchoolTerm> Terms { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.LaAdministrator);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        await LoadAsync(cancellationToken);
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            ModelState.AddModelError("Input.Name", "Enter a name for the term");
        else if (name.Length > 100)
            ModelState.AddModelError("Input.Name", "Name must be 100 characters or fewer");
        var starts = ReadDate(Input.StartsOn, "Input.StartsOn", "start");
        var ends = ReadDate(Input.EndsOn, "Input.EndsOn", "end");
        if (starts is { } s && ends is { } e)
        {
            if (e <= s)
                ModelState.AddModelError("Input.EndsOn", "The end date must be after the start date");
            else if (Terms.FirstOrDefault(t => t.StartsOn <= e && t.EndsOn >= s) is { } overlap)
                ModelState.AddModelError("Input.StartsOn", $"The term overlaps {overlap.Name} ({Format.Date(overlap.StartsOn)} to {Format.Date(overlap.EndsOn)})");
        }

        if (!ModelState.IsValid)
            return Page();
        db.SchoolTerms.Add(new SchoolTerm(tenantId, name!, starts!.Value, ends!.Value));
        await db.SaveChangesAsync(cancellationToken);
        Message = $"{name} added";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var term = await db.SchoolTerms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
            return NotFound();
        db.SchoolTerms.Remove(term);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"{term.Name} removed";
        return RedirectToPage();
    }

    private DateOnly? ReadDate(DateInput input, string key, string which)
    {
        if (input.IsEmpty)
        {
            ModelState.AddModelError(key, $"Enter the date the term {which}s");
            return null;
        }

        if (!input.TryGetDate(out var date))
        {
            ModelState.AddModelError(key, $"The date the term {which}s must be a real date");
            return null;
        }

        return date;
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Terms = await db.SchoolTerms.AsNoTracking().OrderBy(t => t.StartsOn).ToListAsync(cancellationToken);
}

public sealed class TermInput
{
    public string? Name { get; set; }

    public DateInput StartsOn { get; set; } = new();

    public DateInput EndsOn { get; set; } = new();
}
