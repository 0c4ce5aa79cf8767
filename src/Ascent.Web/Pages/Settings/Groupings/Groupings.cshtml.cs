using System.ComponentModel.DataAnnotations;
using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings.Groupings;

[Authorize(Policy = Policies.EditGroupings)]
public sealed class GroupingsModel(AppDbContext db, LocalityPartnerships localities) : PageModel
{
    [BindProperty]
    public GroupingsInput Input { get; set; } = new();

    public Setting Setting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        if (setting is null)
            return NotFound();
        Setting = setting;
        Input = GroupingsInput.From(setting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (setting is null)
            return NotFound();
        Setting = setting;
        if (!ModelState.IsValid)
            return Page();

        // The version the form was opened at is what the UPDATE must still find; a colleague's save in between
        // makes it affect no row, and EF Core reports that as a concurrency conflict.
        db.Entry(setting).Property(s => s.Version).OriginalValue = Input.Version;
        setting.ChangeGroupings(Input.District, Input.Ward, Input.LocalityPartnership);
        // A new locality grouping that is a partnership takes the setting in, in the same save.
        await localities.JoinAsync([setting], cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Settings.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
            Setting = current;
            ModelState.Clear();
            ModelState.AddModelError("Input.District", ConflictMessage(current));
            Input.Version = current.Version;
            return Page();
        }

        TempData["Message"] = "Groupings saved";
        return Redirect($"/settings/{id}");
    }

    private static string ConflictMessage(Setting current) =>
        "Someone else changed these groupings while you were editing. They are now: district "
        + (current.District ?? "(none)") + ", ward " + (current.Ward ?? "(none)") + ", locality partnership "
        + (current.LocalityPartnership ?? "(none)") + ". Your changes are below: check them and save again.";
}

public sealed class GroupingsInput
{
    [StringLength(300, ErrorMessage = "District must be 300 characters or fewer")]
    public string? District { get; set; }

    [StringLength(300, ErrorMessage = "Ward must be 300 characters or fewer")]
    public string? Ward { get; set; }

    [StringLength(300, ErrorMessage = "Locality partnership must be 300 characters or fewer")]
    public string? LocalityPartnership { get; set; }

    public int Version { get; set; }

    public static GroupingsInput From(Setting setting) => new()
    {
        District = setting.District,
        Ward = setting.Ward,
        LocalityPartnership = setting.LocalityPartnership,
        Version = setting.Version,
    };
}
