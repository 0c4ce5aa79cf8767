using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Services.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Pages.Account.Password;

[EnableRateLimiting(RateLimits.Authentication)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, PeopleService people, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IActionResult OnGet() => string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) ? RedirectToPage("/Account/Password/ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter a new password");
            return Page();
        }

        // The id comes from the link in the e-mail; a mangled one is an invalid link, not a server error.
        var user = Guid.TryParse(UserId, out var userId) ? await users.FindByIdAsync(userId.ToString()) : null;
        var result = user is { IsActive: true } && Token is not null
            ? await users.ResetPasswordAsync(user, Token, Password)
            : IdentityResult.Failed(new IdentityError { Code = "InvalidToken" });
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user!);
            await users.SetLockoutEndDateAsync(user!, null);
            // Whoever knew the old password may be signed in somewhere: every session ends now, not at the next
            // security-stamp check minutes later.
            await people.EndSessionsAsync(user!.Id, except: null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = "Your password has been changed: sign in with it now";
            return RedirectToPage("/Account/SignIn/SignIn");
        }

        foreach (var error in result.Errors)
            ModelState.AddModelError(nameof(Password), PasswordMessages.For(error));
        return Page();
    }
}
