using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Share;

/// Read-only links to the plan and the latest self-evaluation for an inspector or an authorised officer: the
/// setting's owner or manager makes and revokes them and sees every time one was opened; the LA sees the same list.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, Links links) : PlanPage(db, time, frameworks)
{
    /// How many openings of one link the page lists (the count says how many there were in all).
    private const int AccessesShown = 50;

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public int? Days { get; set; } = PlanShareLink.DefaultDays;

    public List<LinkRow> Rows { get; private set; } = [];

    /// Set only in the response that made the link: the token is never stored, so the address cannot be shown again.
    public CreatedLink? Created { get; private set; }

    public DateTimeOffset Now => Time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        if (!CanShare && !IsLocalAuthority)
            return Forbid();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        if (!CanShare)
            return Forbid();
        var purpose = Purpose?.Trim() ?? "";
        if (purpose.Length == 0)
            ModelState.AddModelError(nameof(Purpose), "Enter what the link is for");
        else if (purpose.Length > PlanShareLink.PurposeMaxLength)
            ModelState.AddModelError(nameof(Purpose), $"What the link is for must be {PlanShareLink.PurposeMaxLength} characters or fewer");
        if (Days is not { } days || days < PlanShareLink.MinDays || days > PlanShareLink.MaxDays)
            ModelState.AddModelError(nameof(Days), $"Enter a number of days from {PlanShareLink.MinDays} to {PlanShareLink.MaxDays}");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var (link, token) = PlanShareLink.Create(Setting, purpose, Days!.Value, Db.CurrentUser.DisplayName, Now);
        Db.PlanShareLinks.Add(link);
        await Db.SaveChangesAsync(cancellationToken);
        Created = new CreatedLink(link.Purpose, links.Absolute($"/shared/plan/{token}"), link.ExpiresAt);
        ModelState.Clear();
        (Purpose, Days) = (null, PlanShareLink.DefaultDays);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int linkId, int version, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        if (!CanShare)
            return Forbid();
        // The setting id keeps another setting's link (of the same LA, seen by nobody here anyway) out of this page.
        var link = await Db.PlanShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.SettingId == id, cancellationToken);
        if (link is null)
            return NotFound();
        if (link.RevokedAt is null)
        {
            Db.Entry(link).Property(l => l.Version).OriginalValue = version;
            link.Revoke(Db.CurrentUser.DisplayName, Now);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone revoked it (or it changed) while this page was open: show them the list as it is now.
                TempData["Message"] = "The link changed while you had this page open: check it again";
                return Redirect($"/settings/{id}/plan/share");
            }
        }

        TempData["Message"] = $"The link for ‘{link.Purpose}’ has been revoked";
        return Redirect($"/settings/{id}/plan/share");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var id = Setting.Id;
        var shareLinks = await Db.PlanShareLinks.AsNoTracking().Where(l => l.SettingId == id)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => new { Link = l, Count = l.Accesses.Count })
            .ToListAsync(cancellationToken);
        var ids = shareLinks.Select(l => l.Link.Id).ToList();
        var accesses = (await Db.PlanShareAccesses.AsNoTracking().Where(a => ids.Contains(a.LinkId))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken)).ToLookup(a => a.LinkId);
        Rows = [.. shareLinks.Select(l => new LinkRow(l.Link, l.Link.StateAt(Now), l.Count, [.. accesses[l.Link.Id].Take(AccessesShown)]))];
    }

    public sealed record LinkRow(PlanShareLink Link, ShareLinkState State, int Opened, IReadOnlyList<PlanShareAccess> Accesses);

    public sealed record CreatedLink(string Purpose, string Url, DateTimeOffset ExpiresAt);
}
