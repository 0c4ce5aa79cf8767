using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Partnerships;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings.Groupings;

/// Sets many settings' groupings from the spreadsheet an LA already keeps. All or nothing: one bad line and no
/// setting changes, with every problem listed by line.
[Authorize(Policy = Policies.EditGroupings)]
[RequestSizeLimit(20L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 20L * 1024 * 1024)]
public sealed class GroupingsUploadModel(AppDbContext db, LocalityPartnerships localities) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<GroupingsProblem> Problems { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select the CSV file of groupings");
            return Page();
        }

        IReadOnlyList<GroupingsRow> rows;
        await using (var stream = Upload.OpenReadStream())
            (rows, Problems) = GroupingsFile.Read(stream);

        var settings = await db.Settings.ToDictionaryAsync(s => s.Reference, StringComparer.OrdinalIgnoreCase, cancellationToken);
        Problems = [.. Problems, .. rows.Where(r => !settings.ContainsKey(r.Reference)).Select(r => new GroupingsProblem(r.LineNumber, $"There is no setting with URN {r.Reference} on your register"))];
        if (Problems.Count > 0)
        {
            Problems = [.. Problems.OrderBy(p => p.LineNumber)];
            ModelState.AddModelError(nameof(Upload), Problems.Count == 1
                ? $"The file has a problem on line {Problems[0].LineNumber}: nothing was changed"
                : $"The file has {Problems.Count} problems: nothing was changed");
            return Page();
        }

        var changed = new List<Domain.Settings.Setting>();
        foreach (var row in rows)
        {
            var setting = settings[row.Reference];
            var district = row.District ?? setting.District;
            var ward = row.Ward ?? setting.Ward;
            var locality = row.LocalityPartnership ?? setting.LocalityPartnership;
            if (Same(district, setting.District) && Same(ward, setting.Ward) && Same(locality, setting.LocalityPartnership))
                continue;
            setting.ChangeGroupings(district, ward, locality);
            changed.Add(setting);
        }

        // Settings given a locality grouping that is a partnership join it, in the same save.
        await localities.JoinAsync(changed, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Groupings changed for {changed.Count} of {rows.Count} settings in the file";
        return RedirectToPage();
    }

    private static bool Same(string? a, string? b) => string.Equals(FreeText.Trimmed(a), b, StringComparison.Ordinal);
}
