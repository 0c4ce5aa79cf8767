using System.Security.Claims;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Account.Password;

public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signInManager, PeopleService people, AppDbContext db) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(CurrentPassword))
            ModelState.AddModelError(nameof(CurrentPassword), "Enter your current password");
        if (string.IsNullOrEmpty(NewPassword))
            ModelState.AddModelError(nameof(NewPassword), "Enter a new password");
        if (!ModelState.IsValid)
            return Page();

        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword), PasswordMessages.For(error));
            return Page();
        }

        // The person stays signed in here; every other browser is signed out, in case the old password was known.
        await people.EndSessionsAsync(user.Id, except: Guid.TryParse(User.FindFirstValue(CurrentUser.SessionClaim), out var session) ? session : null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await signInManager.RefreshSignInAsync(user);
        TempData["Message"] = "Your password has been changed";
        return RedirectToPage("/Account/Index");
    }
}
