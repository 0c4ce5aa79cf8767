using System.ComponentModel.DataAnnotations;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Services.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Tenants;

public sealed class DetailsModel(AppDbContext db, PeopleService people) : PageModel
{
    public Tenant Tenant { get; private set; } = null!;

    public int SettingCount { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(Invitation.DisplayNameMaxLength, ErrorMessage = "Full name must be {1} characters or fewer")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's email address")]
    [StringLength(Invitation.EmailMaxLength, ErrorMessage = "Email address must be {1} characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        ModelState.Clear();
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
            return NotFound();
        // EmailAddress accepts what MimeKit cannot send to (the invitation would fail in the outbox).
        if (ModelState.IsValid && !EmailAddresses.IsValid(Email, Invitation.EmailMaxLength))
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        if (ModelState.IsValid && await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == Email.Trim().ToUpperInvariant(), cancellationToken))
            ModelState.AddModelError(nameof(Email), "Someone already has an Ascent account with that email address");
        if (!ModelState.IsValid)
            return Page();
        await people.InviteAsync(Email, DisplayName, null, [Roles.LaAdministrator], cancellationToken, tenantId: id);
        Message = $"Invitation sent to {Email.Trim()}";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id);
        if (tenant is null)
            return false;
        Tenant = tenant;
        SettingCount = await db.Settings.CountAsync(s => s.TenantId == id && s.LeftRegisterOn == null);
        return true;
    }
}
