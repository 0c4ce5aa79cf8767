using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Account.SignIn;

// Signing out is a POST so that a link on another site cannot sign anyone out.
public sealed class SignOutModel(SignInManager<AppUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData["Message"] = "You have signed out";
        return RedirectToPage("/Account/SignIn/SignIn");
    }
}
