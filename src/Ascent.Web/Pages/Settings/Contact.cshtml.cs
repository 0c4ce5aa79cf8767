using System.ComponentModel.DataAnnotations;
using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

/// Adds a contact (no contact id) or changes or removes one. Setting staff reach only their own setting's contacts:
/// the query filters see to that.
[Authorize(Policy = Policies.EditContacts)]
public sealed class ContactModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public Setting Setting { get; private set; } = null!;

    public bool IsNew { get; private set; }

    public IEnumerable<SelectListItem> RoleItems => SettingContact.Roles.Select(r => new SelectListItem(r, r));

    public async Task<IActionResult> OnGetAsync(int id, int? contactId)
    {
        if (!await LoadAsync(id, contactId))
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? contactId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, contactId, keepInput: true))
            return NotFound();
        if (!string.IsNullOrEmpty(Input.Role) && !SettingContact.Roles.Contains(Input.Role))
            ModelState.AddModelError("Input.Role", "Select the contact's role");
        if (!ModelState.IsValid)
            return Page();

        var contact = contactId is null ? null : await db.SettingContacts.FirstAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            contact = new SettingContact(Setting, Input.Role, Input.Name);
            contact.Change(Input.Role, Input.Name, Input.Email, Input.Telephone);
            db.SettingContacts.Add(contact);
        }
        else
        {
            db.Entry(contact).Property(c => c.Version).OriginalValue = Input.Version;
            contact.Change(Input.Role, Input.Name, Input.Email, Input.Telephone);
        }

        if (!await SaveAsync(contactId, cancellationToken))
            return Page();
        TempData["Message"] = $"Contact {contact.Name} saved";
        return Redirect($"/settings/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int contactId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, contactId, keepInput: true))
            return NotFound();
        var contact = await db.SettingContacts.FirstAsync(c => c.Id == contactId, cancellationToken);
        db.Entry(contact).Property(c => c.Version).OriginalValue = Input.Version;
        db.SettingContacts.Remove(contact);
        if (!await SaveAsync(contactId, cancellationToken))
            return Page();
        TempData["Message"] = $"Contact {contact.Name} removed";
        return Redirect($"/settings/{id}");
    }

    private async Task<bool> SaveAsync(int? contactId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.SettingContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
            ModelState.Clear();
            if (current is null)
            {
                ModelState.AddModelError("Input.Name", "Someone else removed this contact while you were editing. Go back to the setting to add it again.");
                return false;
            }

            ModelState.AddModelError("Input.Name", $"Someone else changed this contact while you were editing. It is now: {current.Role}, {current.Name}, {current.Email ?? "no email"}, {current.Telephone ?? "no telephone"}. Your changes are below: check them and save again.");
            Input.Version = current.Version;
            return false;
        }
    }

    private async Task<bool> LoadAsync(int id, int? contactId, bool keepInput = false)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == id);
        if (setting is null)
            return false;
        Setting = setting;
        IsNew = contactId is null;
        if (contactId is null)
            return true;
        var contact = await db.SettingContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId && c.SettingId == id);
        if (contact is null)
            return false;
        if (!keepInput)
            Input = ContactInput.From(contact);
        return true;
    }
}

public sealed class ContactInput
{
    [Required(ErrorMessage = "Select the contact's role")]
    public string Role { get; set; } = "";

    [Required(ErrorMessage = "Enter the contact's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(320, ErrorMessage = "Email address must be 320 characters or fewer")]
    public string? Email { get; set; }

    [StringLength(100, ErrorMessage = "Telephone must be 100 characters or fewer")]
    public string? Telephone { get; set; }

    public int Version { get; set; }

    public static ContactInput From(SettingContact contact) => new()
    {
        Role = contact.Role,
        Name = contact.Name,
        Email = contact.Email,
        Telephone = contact.Telephone,
        Version = contact.Version,
    };
}
