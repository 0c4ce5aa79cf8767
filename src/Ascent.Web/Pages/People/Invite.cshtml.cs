using System.ComponentModel.DataAnnotations;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Services.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.People;

public sealed class InviteModel(AppDbContext db, PeopleService people) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public bool CanChooseSetting => db.CurrentUser.SettingId is null;

    public IEnumerable<SelectListItem> RoleItems =>
        (CanChooseSetting ? [.. Roles.LocalAuthorityRoles, .. Roles.SettingRoles] : Roles.SettingRoles)
        .Select(r => new SelectListItem(r, r));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        int? settingId = db.CurrentUser.SettingId;
        var settingKnown = true;
        if (CanChooseSetting && !string.IsNullOrWhiteSpace(Input.SettingReference))
        {
            var reference = Input.SettingReference.Trim().ToUpperInvariant();
            settingId = await db.Settings.Where(s => s.Reference == reference).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            settingKnown = settingId is not null;
            if (!settingKnown)
                ModelState.AddModelError("Input.SettingReference", "There is no setting with that URN on your register");
        }

        if (Input.Roles.Count == 0)
            ModelState.AddModelError("Input.Roles", "Select at least one role");
        else if (settingKnown && Input.Roles.Except(people.AssignableRoles(settingId is not null)).Any())
            ModelState.AddModelError("Input.Roles", settingId is null
                ? "Select local authority roles only, or enter a setting URN for setting roles"
                : "Select setting roles only for setting staff");
        // EmailAddress accepts what MimeKit cannot send to (the invitation would fail in the outbox).
        if (ModelState.GetFieldValidationState("Input.Email") == ModelValidationState.Valid && !EmailAddresses.IsValid(Input.Email, Invitation.EmailMaxLength))
            ModelState.AddModelError("Input.Email", "Enter an email address in the correct format, like name@example.com");
        if (!string.IsNullOrWhiteSpace(Input.Email) && await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == Input.Email.Trim().ToUpperInvariant(), cancellationToken))
            ModelState.AddModelError("Input.Email", "Someone already has an Ascent account with that email address");
        if (!ModelState.IsValid)
            return Page();

        await people.InviteAsync(Input.Email, Input.DisplayName, settingId, Input.Roles, cancellationToken);
        TempData["Message"] = $"Invitation sent to {Input.Email.Trim()}";
        return RedirectToPage("/People/Index");
    }
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(Invitation.DisplayNameMaxLength, ErrorMessage = "Full name must be {1} characters or fewer")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter the person's email address")]
    [StringLength(Invitation.EmailMaxLength, ErrorMessage = "Email address must be {1} characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    public string? SettingReference { get; set; }

    public List<string> Roles { get; set; } = [];
}
