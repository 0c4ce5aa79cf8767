using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Pages.Account.Security;

public sealed class TokensModel(AppDbContext db, TimeProvider time, IOptions<AscentOptions> options) : PageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public IReadOnlyList<Row> Tokens { get; private set; } = [];

    /// Set only in the response to the form that made the token: it is never stored, so it cannot be shown again.
    public CreatedToken? Created { get; private set; }

    public bool MustSetUpStrongAuthentication => StrongAuthenticationMiddleware.LacksRequiredStrongAuthentication(User, options.Value.DemoMode);

    public DateTimeOffset Now { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public static IEnumerable<SelectListItem> LifetimeItems =>
        PersonalAccessToken.LifetimesInDays.Select(days => new SelectListItem(
            days == 365 ? "1 year" : $"{days} days", days.ToString(CultureInfo.InvariantCulture)));

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (MustSetUpStrongAuthentication)
            return Redirect(StrongAuthenticationMiddleware.SetUpPath);
        var userId = db.CurrentUser.UserId ?? throw new InvalidOperationException("Only a signed-in person has tokens.");
        if (Input.LifetimeInDays is not { } days || !PersonalAccessToken.LifetimesInDays.Contains(days))
            ModelState.AddModelError("Input.LifetimeInDays", "Select when the token expires");
        var name = Input.Name?.Trim() ?? "";
        if (name.Length > 0 && await db.PersonalAccessTokens.AnyAsync(t => t.UserId == userId && t.Name == name && t.RevokedAt == null))
            ModelState.AddModelError("Input.Name", "You already have a token with that name: choose another");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var (token, secret) = PersonalAccessToken.Create(userId, name, Input.LifetimeInDays!.Value, time.GetUtcNow());
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync();
        Created = new CreatedToken(token.Name, secret, token.ExpiresAt);
        ModelState.Clear();
        Input = new TokenInput();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        // The query filter keeps other people's tokens out; the user id keeps a system administrator to their own.
        var userId = db.CurrentUser.UserId;
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId);
        if (token is null)
            return NotFound();
        token.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync();
        Message = $"The token ‘{token.Name}’ has been revoked";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var userId = db.CurrentUser.UserId;
        Now = time.GetUtcNow();
        Tokens = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new Row(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.LastUsedAt))
            .ToListAsync();
    }

    public sealed record Row(int Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt);

    public sealed record CreatedToken(string Name, string Secret, DateTimeOffset ExpiresAt);
}

public sealed class TokenInput
{
    [Required(ErrorMessage = "Enter a name for the token")]
    [StringLength(100, ErrorMessage = "Name must be 100 characters or fewer")]
    public string? Name { get; set; }

    public int? LifetimeInDays { get; set; } = 90;
}
