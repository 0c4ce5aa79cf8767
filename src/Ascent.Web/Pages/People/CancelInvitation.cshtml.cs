using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.People;

public sealed class CancelInvitationModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        if (invitation is null)
            return NotFound();
        Invitation = invitation;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id);
        if (invitation is null)
            return NotFound();
        if (invitation.StateAt(time.GetUtcNow()) == InvitationState.Pending)
        {
            invitation.Cancel(time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        TempData["Message"] = $"The invitation for {invitation.Email} has been cancelled";
        return RedirectToPage("/People/Index");
    }
}
