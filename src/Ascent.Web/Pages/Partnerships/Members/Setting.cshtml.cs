using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Members;

/// Adds a setting found in the LA's register by name or URN: the query filters find only the LA's own settings.
public sealed class SettingModel(AppDbContext db, PartnershipWork work) : MemberFormPage(db)
{
    private const int MaxFound = 20;

    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    [BindProperty]
    public string? SettingId { get; set; }

    public IReadOnlyList<SelectListItem> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var p = await LoadAsync(id, readVersion: true, cancellationToken);
        if (p is null)
            return NotFound();
        Role = nameof(MemberRole.Member);
        await FindAsync(p, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var p = await LoadAsync(id, readVersion: false, cancellationToken);
        if (p is null)
            return NotFound();
        await FindAsync(p, cancellationToken);
        var settingId = int.TryParse(SettingId, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        if (settingId is null)
            ModelState.AddModelError(nameof(SettingId), "Select the setting to add (find it by its name or URN first)");
        var role = CheckRoleAndContact();
        if (!ModelState.IsValid)
            return Page();
        var result = await work.AddSettingAsync(id, Version, settingId!.Value, role!.Value, Contact, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(SettingId), result.Refused!);
            await RereadVersionAsync(id, cancellationToken);
            return Page();
        }

        TempData["Message"] = result.Done;
        return Redirect($"/partnerships/{id}#members");
    }

    /// The LA's settings on the register whose name contains the words, or whose URN is them, not members already.
    private async Task FindAsync(Partnership p, CancellationToken cancellationToken)
    {
        var query = Query?.Trim() ?? "";
        if (query.Length is 0 or > 200)
            return;
        var members = p.CurrentMembers.Where(m => m.SettingId != null).Select(m => m.SettingId!.Value).ToList();
        var upper = query.ToUpperInvariant();
        var found = await Db.Settings.AsNoTracking()
            .Where(x => x.LeftRegisterOn == null && !members.Contains(x.Id) && (x.Reference == upper || x.Name.ToUpper().Contains(upper)))
            .OrderBy(x => x.Name).Take(MaxFound).Select(x => new { x.Id, x.Name, x.Reference, x.Postcode }).ToListAsync(cancellationToken);
        Found = [.. found.Select(x => new SelectListItem($"{x.Name} (URN {x.Reference}{(x.Postcode is null ? "" : ", " + x.Postcode)})", x.Id.ToString(CultureInfo.InvariantCulture), x.Id.ToString(CultureInfo.InvariantCulture) == SettingId))];
    }
}
