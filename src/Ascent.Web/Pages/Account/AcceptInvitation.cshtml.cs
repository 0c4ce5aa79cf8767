using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Authentication)]
public sealed class AcceptInvitationModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signInManager, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<string> InvitedRoles { get; private set; } = [];

    public string InvitedEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var invitation = await FindAsync();
        if (invitation is not null)
            DisplayName = invitation.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var invitation = await FindAsync();
        if (invitation is null)
            return Page();
        if (string.IsNullOrWhiteSpace(DisplayName))
            ModelState.AddModelError(nameof(DisplayName), "Enter your full name");
        if (string.IsNullOrEmpty(Password))
            ModelState.AddModelError(nameof(Password), "Enter a password");
        if (!ModelState.IsValid)
            return Page();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new AppUser(invitation.Email, DisplayName!, invitation.TenantId, invitation.SettingId) { EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == "CommonPassword" ? nameof(Password) : nameof(DisplayName), PasswordMessages.For(error));
            return Page();
        }

        await users.AddToRolesAsync(user, invitation.Roles);
        invitation.Accept(time.GetUtcNow());
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signInManager.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }

    // The invitee is not signed in, so the tenant filter cannot apply: the secret token is the authority here.
    private async Task<Invitation?> FindAsync()
    {
        var hash = string.IsNullOrEmpty(Token) ? "" : Invitation.HashToken(Token);
        var invitation = await db.Invitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.TokenHash == hash);
        var state = invitation?.StateAt(time.GetUtcNow());
        Problem = state switch
        {
            null => "This invitation link is not valid",
            InvitationState.Expired => "This invitation has expired",
            InvitationState.Cancelled => "This invitation has been cancelled",
            InvitationState.Accepted => "This invitation has already been used",
            _ => null,
        };
        if (Problem is not null)
            return null;
        InvitedRoles = invitation!.Roles;
        InvitedEmail = invitation.Email;
        return invitation;
    }
}
