using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Members;

/// Adds a partner who is not a setting (a school, a health visiting team), with its named contact. The partner has
/// no account; its contact is seen only by the partnership's members and the LA.
public sealed class PartnerModel(AppDbContext db, PartnershipWork work) : MemberFormPage(db)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    public IEnumerable<SelectListItem> TypeItems => MemberRules.PartnerTypes.Select(t => new SelectListItem(t.Label, t.Type.ToString(), t.Type.ToString() == Type));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, readVersion: true, cancellationToken) is null)
            return NotFound();
        Role = nameof(MemberRole.Member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, readVersion: false, cancellationToken) is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter the partner's name");
        else if (Name.Trim().Length > PartnershipMember.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"The name must be {PartnershipMember.NameMaxLength} characters or fewer");
        var type = MemberRules.PartnerTypes.Where(t => t.Type.ToString() == Type).Select(t => (PartnerType?)t.Type).FirstOrDefault();
        if (type is null)
            ModelState.AddModelError(nameof(Type), "Select what kind of partner it is");
        var role = CheckRoleAndContact();
        if (!ModelState.IsValid)
            return Page();
        var result = await work.AddPartnerAsync(id, Version, Name!, type!.Value, role!.Value, Contact, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), result.Refused!);
            await RereadVersionAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = result.Done;
        return Redirect($"/partnerships/{id}#members");
    }
}
