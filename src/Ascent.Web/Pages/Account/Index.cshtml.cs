using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Account;

public sealed class IndexModel(UserManager<AppUser> users, AppDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public IList<string> Roles { get; private set; } = [];

    public bool TwoFactorEnabled { get; private set; }

    public int PasskeyCount { get; private set; }

    public int SessionCount { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        Roles = await users.GetRolesAsync(user);
        TwoFactorEnabled = user.TwoFactorEnabled;
        PasskeyCount = (await users.GetPasskeysAsync(user)).Count;
        SessionCount = await db.UserSessions.CountAsync(s => s.UserId == user.Id && s.RevokedAt == null);
        return Page();
    }
}
