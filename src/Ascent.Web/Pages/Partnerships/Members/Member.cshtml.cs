using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Partnerships.Members;

/// Changes a current member's role or contact, or removes the member: they leave, and stay on the partnership's
/// history (past meetings still name them).
public sealed class MemberModel(AppDbContext db, PartnershipWork work) : MemberFormPage(db)
{
    public int MemberId { get; private set; }

    public string MemberName { get; private set; } = "";

    public bool IsSetting { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int memberId, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, memberId, readVersion: true, cancellationToken) is not { } member)
            return NotFound();
        (Role, ContactName, ContactRole, Email, Phone) = (member.Role.ToString(), member.ContactName, member.ContactRole, member.ContactEmail, member.ContactPhone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int memberId, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, memberId, readVersion: false, cancellationToken) is null)
            return NotFound();
        var role = CheckRoleAndContact();
        if (!ModelState.IsValid)
            return Page();
        return await DoneAsync(id, await work.ChangeMemberAsync(id, Version, memberId, role!.Value, Contact, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int memberId, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, memberId, readVersion: false, cancellationToken) is null)
            return NotFound();
        return await DoneAsync(id, await work.RemoveMemberAsync(id, Version, memberId, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int id, WorkResult result, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            TempData["Message"] = result.Done;
            return Redirect($"/partnerships/{id}#members");
        }

        ModelState.AddModelError(nameof(Role), result.Refused!);
        await RereadVersionAsync(id, cancellationToken);
        return Page();
    }

    private async Task<PartnershipMember?> FindAsync(int id, int memberId, bool readVersion, CancellationToken cancellationToken)
    {
        var p = await LoadAsync(id, readVersion, cancellationToken);
        var member = p?.CurrentMembers.FirstOrDefault(m => m.Id == memberId);
        if (member is null)
            return null;
        MemberId = member.Id;
        MemberName = member.Name;
        IsSetting = member.IsSetting;
        return member;
    }
}
