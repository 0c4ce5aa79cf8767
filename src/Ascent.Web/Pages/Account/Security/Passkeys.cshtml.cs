using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Account.Security;

public sealed class PasskeysModel(UserManager<AppUser> users, SignInManager<AppUser> signInManager, TimeProvider time) : PageModel
{
    public IReadOnlyList<PasskeyRow> Passkeys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var options = await signInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id.ToString(),
            Name = user.Email ?? user.Id.ToString(),
            DisplayName = user.DisplayName,
        });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAsync(string? credentialJson)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!PasskeyJson.IsObject(credentialJson))
        {
            ModelState.AddModelError(nameof(Name), "Your browser did not create a passkey: try again");
            await LoadAsync(user);
            return Page();
        }

        var attestation = await signInManager.PerformPasskeyAttestationAsync(credentialJson);
        if (!attestation.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), $"The passkey could not be added: {attestation.Failure.Message}");
            await LoadAsync(user);
            return Page();
        }

        var passkey = attestation.Passkey;
        passkey.Name = string.IsNullOrWhiteSpace(Name) ? $"Passkey added {time.GetUtcNow():d MMMM yyyy}" : Name.Trim();
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        await signInManager.RefreshSignInAsync(user);
        Message = "Passkey added";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        // The id comes back from the page; anything that is not one of this person's passkeys is simply not found.
        if (PasskeyJson.CredentialId(id) is not { } credentialId)
            return NotFound();
        await users.RemovePasskeyAsync(user, credentialId);
        await signInManager.RefreshSignInAsync(user);
        Message = "Passkey removed";
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user)
    {
        var passkeys = await users.GetPasskeysAsync(user);
        Passkeys = [.. passkeys.OrderBy(p => p.CreatedAt).Select(p => new PasskeyRow(Base64UrlEncode(p.CredentialId), p.Name ?? "Passkey", p.CreatedAt))];
    }

    private static string Base64UrlEncode(byte[] bytes) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes);

    public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);
}
