using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.People;

public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<PersonRow> People { get; private set; } = [];

    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    /// Invitations sent, not yet accepted, cancelled or expired: the home page's "invitations pending".
    public int Pending => Invitations.Count(i => i.StateAt(Now) == InvitationState.Pending);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        People = await db.Users.AsNoTracking()
            .OrderBy(u => u.SettingId != null).ThenBy(u => u.DisplayName)
            .Select(u => new PersonRow(u.Id, u.DisplayName, u.Email ?? "", u.IsActive,
                db.Settings.Where(s => s.Id == u.SettingId).Select(s => s.Name).FirstOrDefault()))
            .ToListAsync();
        Invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAt == null)
            .OrderByDescending(i => i.Id)
            .Take(100)
            .ToListAsync();
    }

    public sealed record PersonRow(Guid Id, string DisplayName, string Email, bool IsActive, string? SettingName);
}
