using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Pages.Account.SignIn;

[EnableRateLimiting(RateLimits.Authentication)]
public sealed class TwoFactorModel(SignInManager<AppUser> signInManager) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToPage("/Account/SignIn/SignIn");
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the security code from your authenticator app");
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "Your account is locked after too many failed attempts: try again in 15 minutes"
            : "The security code is not correct or has expired: enter the code your app shows now");
        return Page();
    }
}
