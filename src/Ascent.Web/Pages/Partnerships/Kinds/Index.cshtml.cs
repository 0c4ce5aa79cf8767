using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Kinds;

/// The LA's kinds of partnership with what each is for; its improvement team adds kinds here and changes them on
/// each kind's page.
public sealed class IndexModel(AppDbContext db, PartnershipKinds kinds, CurrentUser me, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public IReadOnlyList<PartnershipKind> Kinds { get; private set; } = [];

    public bool CanRun { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (me.TenantId is null)
            return NotFound();
        await LoadAsync(me.TenantId.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (me.TenantId is not { } tenantId)
            return NotFound();
        await LoadAsync(tenantId, cancellationToken);
        if (!CanRun)
            return Forbid();
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter the kind's name");
        else if (Name.Trim().Length > PartnershipKind.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {PartnershipKind.NameMaxLength} characters or fewer");
        else if (Kinds.Any(k => string.Equals(k.Name, Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError(nameof(Name), $"There is already a kind called {Name.Trim()}");
        if (Description?.Trim().Length > PartnershipKind.DescriptionMaxLength)
            ModelState.AddModelError(nameof(Description), $"The description must be {PartnershipKind.DescriptionMaxLength:#,0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        db.PartnershipKinds.Add(new PartnershipKind(tenantId, Name!, Description));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same name, saved by someone else a moment ago (names are unique per LA, in any case on PostgreSQL's
            // collation only as typed).
            ModelState.AddModelError(nameof(Name), $"There is already a kind called {Name!.Trim()}");
            return Page();
        }

        Message = $"{Name!.Trim()} is added";
        return RedirectToPage();
    }

    private async Task LoadAsync(int tenantId, CancellationToken cancellationToken)
    {
        Kinds = [.. (await kinds.ForTenantAsync(tenantId, cancellationToken)).OrderBy(k => k.Retired).ThenBy(k => k.Name, StringComparer.CurrentCulture)];
        CanRun = (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded;
    }
}
