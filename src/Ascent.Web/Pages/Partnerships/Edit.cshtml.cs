using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships;

/// Changes what a partnership is for and who leads it (an officer of the LA). A change someone made since the page
/// was read is refused, never overwritten.
public sealed class EditModel(AppDbContext db, PartnershipDirectory directory, PartnershipWork work) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Terms { get; set; }

    [BindProperty]
    public string? Objectives { get; set; }

    [BindProperty]
    public string? Lead { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public int Id { get; private set; }

    public string Title { get; private set; } = "";

    public IReadOnlyList<SelectListItem> LeadItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var p = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null || p.ClosedOn is not null)
            return NotFound();
        (Name, Terms, Objectives, Lead, Version) = (p.Name, p.TermsOfReference, p.Objectives, p.LeadUserId?.ToString(), p.Version);
        await LoadAsync(p, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var p = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null || p.ClosedOn is not null)
            return NotFound();
        var officers = await LoadAsync(p, cancellationToken);
        var lines = (Objectives ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter the partnership's name");
        else if (Name.Trim().Length > Partnership.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {Partnership.NameMaxLength} characters or fewer");
        if (Terms?.Trim().Length > Partnership.TermsMaxLength)
            ModelState.AddModelError(nameof(Terms), $"The terms of reference must be {Partnership.TermsMaxLength:#,0} characters or fewer");
        if (string.Join('\n', lines).Length > Partnership.ObjectivesMaxLength)
            ModelState.AddModelError(nameof(Objectives), $"The objectives must be {Partnership.ObjectivesMaxLength:#,0} characters or fewer");
        Guid? lead = null;
        if (!string.IsNullOrEmpty(Lead))
        {
            if (Guid.TryParse(Lead, out var chosen) && officers.Any(o => o.Id == chosen))
                lead = chosen;
            else
                ModelState.AddModelError(nameof(Lead), "Select the officer who leads it from the list");
        }

        if (!ModelState.IsValid)
            return Page();
        var result = await work.DescribeAsync(id, Version, Name!, Terms, lines, lead, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), result.Refused!);
            var now = await db.Partnerships.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);
            // The hidden field shows the posted value unless it is dropped from the model state.
            ModelState.Remove(nameof(Version));
            Version = now.Version;
            return Page();
        }

        TempData["Message"] = result.Done;
        return Redirect($"/partnerships/{id}");
    }

    private async Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync(Partnership p, CancellationToken cancellationToken)
    {
        Id = p.Id;
        Title = p.Name;
        var officers = await directory.OfficersAsync(cancellationToken);
        LeadItems = [new SelectListItem("No LA officer", ""), .. officers.Select(o => new SelectListItem(o.Name, o.Id.ToString(), o.Id.ToString() == Lead))];
        return officers;
    }
}
