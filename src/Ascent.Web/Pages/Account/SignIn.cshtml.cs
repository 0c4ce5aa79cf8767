using System.ComponentModel.DataAnnotations;
using Ascent.Web.Domain.Accounts;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Authentication)]
public sealed class SignInModel(SignInManager<AppUser> signInManager) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();

        var result = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(SafeReturnUrl);
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl = SafeReturnUrl });
        if (result.IsLockedOut)
            ModelState.AddModelError("Input.Email", "Your account is locked after too many failed attempts: try again in 15 minutes, or reset your password");
        else if (result.IsNotAllowed)
            ModelState.AddModelError("Input.Email", "Your account is not active: ask your administrator to reactivate it");
        else
            ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
        return Page();
    }

    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        var options = await signInManager.MakePasskeyRequestOptionsAsync(user: null);
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostPasskeyAsync(string? credentialJson)
    {
        if (PasskeyJson.IsObject(credentialJson))
        {
            var result = await signInManager.PasskeySignInAsync(credentialJson);
            if (result.Succeeded)
                return LocalRedirect(SafeReturnUrl);
        }

        ModelState.AddModelError("Input.Email", "Your passkey could not be used: sign in with your email address and password");
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = "";
}
