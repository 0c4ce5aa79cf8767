using System.ComponentModel.DataAnnotations;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Pages.Account.SignIn;

[EnableRateLimiting(RateLimits.Authentication)]
public sealed class SignInModel(SignInManager<AppUser> signInManager, UserManager<AppUser> users, SignInThrottle throttle) : PageModel
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

        // Every refusal below reads the same for an address with an account and one without, so the page cannot
        // be used to find out who has an account (a deactivated account is named only to whoever knows its password).
        var email = Input.Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.WaitBeforeNextAttempt(email, client) is { } wait)
        {
            ModelState.AddModelError("Input.Email", TooManyAttempts(wait));
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(email, Input.Password, isPersistent: false,
            lockoutOnFailure: throttle.CountsTowardsLockout(email, client));
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Forget(email, client);
            return result.Succeeded ? LocalRedirect(SafeReturnUrl) : RedirectToPage("/Account/SignIn/TwoFactor", new { ReturnUrl = SafeReturnUrl });
        }

        if (result.IsNotAllowed && await users.FindByEmailAsync(email) is { } user && await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError("Input.Email", "Your account is not active: ask your administrator to reactivate it");
            return Page();
        }

        throttle.RecordFailure(email, client);
        ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
        return Page();
    }

    private static string TooManyAttempts(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        return $"You have tried to sign in too many times: wait {minutes} {(minutes == 1 ? "minute" : "minutes")} and try again, or reset your password";
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
