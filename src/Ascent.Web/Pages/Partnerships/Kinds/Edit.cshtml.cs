using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Kinds;

/// Renames or re-describes a kind, or retires it (or brings it back). A change someone made since the page was read
/// is refused, never overwritten.
public sealed class EditModel(AppDbContext db) : PageModel
{
    public const string Changed = "Someone else changed this kind while you were editing it. It is shown as it is now: check it and save again.";

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool Retired { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var kind = await db.PartnershipKinds.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (kind is null)
            return NotFound();
        (Title, Name, Description, Retired, Version) = (kind.Name, kind.Name, kind.Description, kind.Retired, kind.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var kind = await db.PartnershipKinds.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (kind is null)
            return NotFound();
        Title = kind.Name;
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter the kind's name");
        else if (Name.Trim().Length > PartnershipKind.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {PartnershipKind.NameMaxLength} characters or fewer");
        else if (await db.PartnershipKinds.AnyAsync(k => k.Id != id && k.Name == Name.Trim(), cancellationToken))
            ModelState.AddModelError(nameof(Name), $"There is already a kind called {Name.Trim()}");
        if (Description?.Trim().Length > PartnershipKind.DescriptionMaxLength)
            ModelState.AddModelError(nameof(Description), $"The description must be {PartnershipKind.DescriptionMaxLength:#,0} characters or fewer");
        if (ModelState.IsValid && kind.Version != Version)
            ModelState.AddModelError(nameof(Name), Changed);
        if (!ModelState.IsValid)
        {
            // The hidden field shows the posted value unless it is dropped from the model state.
            ModelState.Remove(nameof(Version));
            Version = kind.Version;
            return Page();
        }

        db.Entry(kind).Property(k => k.Version).OriginalValue = Version;
        var changed = kind.Change(Name!, Description, Retired);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Name), Changed);
            ModelState.Remove(nameof(Version));
            Version = await db.PartnershipKinds.AsNoTracking().Where(k => k.Id == id).Select(k => k.Version).FirstAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = changed ? $"{kind.Name} is saved" : "Nothing was changed";
        return Redirect("/partnerships/kinds");
    }
}
