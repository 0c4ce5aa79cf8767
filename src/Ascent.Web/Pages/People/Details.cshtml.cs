using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.People;

public sealed class DetailsModel(AppDbContext db, UserManager<AppUser> users, PeopleService people) : PageModel
{
    public AppUser Person { get; private set; } = null!;

    public string? SettingName { get; private set; }

    public bool IsSelf => Person.Id == db.CurrentUser.UserId;

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    public IEnumerable<SelectListItem> RoleItems => people.AssignableRoles(Person.SettingId is not null).Select(r => new SelectListItem(r, r));

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        SelectedRoles = [.. await users.GetRolesAsync(Person)];
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (SelectedRoles.Count == 0)
            ModelState.AddModelError(nameof(SelectedRoles), "Select at least one role");
        else if (SelectedRoles.Except(people.AssignableRoles(Person.SettingId is not null)).Any())
            ModelState.AddModelError(nameof(SelectedRoles), "Select only roles from the list");
        if (!ModelState.IsValid)
            return Page();
        await people.SetRolesAsync(Person, SelectedRoles);
        Message = "Roles saved";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty, "You cannot deactivate your own account");
            return Page();
        }

        await people.DeactivateAsync(Person, cancellationToken);
        Message = $"{Person.DisplayName}'s account has been deactivated";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReactivateAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        await people.ReactivateAsync(Person);
        Message = $"{Person.DisplayName}'s account has been reactivated";
        return RedirectToPage(new { id });
    }

    // AppDbContext's filter keeps other tenants' (and, for a setting owner, other settings') people out of reach.
    // A setting owner manages setting staff only, never the LA's.
    private async Task<bool> LoadAsync(Guid id)
    {
        var person = await db.Users.FirstOrDefaultAsync(u => u.Id == id);
        if (person is null || (db.CurrentUser.SettingId is not null && person.SettingId is null))
            return false;
        Person = person;
        SettingName = person.SettingId is null ? null : await db.Settings.Where(s => s.Id == person.SettingId).Select(s => s.Name).FirstOrDefaultAsync();
        return true;
    }
}
