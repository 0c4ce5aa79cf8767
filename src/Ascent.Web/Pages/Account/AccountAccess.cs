using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Account;

/// Signing in and out: the pages used before an account is known are open to everyone; the rest of the folder needs
/// a signed-in user, like every page.
public static class AccountAccess
{
    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Account/SignIn/SignIn");
        pages.AllowAnonymousToPage("/Account/Password/ForgotPassword");
        pages.AllowAnonymousToPage("/Account/Password/ResetPassword");
        pages.AllowAnonymousToPage("/Account/SignIn/TwoFactor");
        pages.AllowAnonymousToPage("/Account/SignIn/RecoveryCode");
        pages.AllowAnonymousToPage("/Account/AcceptInvitation");
    }
}
