using System.ComponentModel.DataAnnotations;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Pages.Account.Password;

[EnableRateLimiting(RateLimits.Authentication)]
public sealed class ForgotPasswordModel(AppDbContext db, UserManager<AppUser> users, Outbox outbox, Links links) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Page();

        // The page says the same whether or not the address has an account, so it cannot be used to find one.
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { IsActive: true })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.Absolute($"/account/reset-password?userId={user.Id}&token={Uri.EscapeDataString(token)}");
            outbox.Add(user.TenantId, user.Email!, user.DisplayName, "Reset your Ascent password",
                $"""
                Dear {user.DisplayName},

                Someone asked to reset the password of your Ascent account. To choose a new password, open this link within 2 hours:

                {link}

                If it was not you, ignore this email: your password has not changed.
                """, confidential: true);
            await db.SaveChangesAsync(cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
