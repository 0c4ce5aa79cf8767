using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Account.Security;

public sealed class SessionsModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];

    public Guid? CurrentSessionId { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var userId = db.CurrentUser.UserId;
        CurrentSessionId = Guid.TryParse(User.FindFirst(Infrastructure.Tenancy.CurrentUser.SessionClaim)?.Value, out var id) ? id : null;
        Sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.RevokedAt == null)
            .OrderByDescending(s => s.LastSeenAt)
            .ToListAsync();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        // The query filter limits sessions to the signed-in user's own, so another user's id finds nothing.
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == id);
        if (session is null)
            return NotFound();
        session.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync();
        Message = "That browser has been signed out";
        return RedirectToPage();
    }
}
