using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Pathways;

/// The LA's pathway definitions and their history. An LA administrator uploads a changed definition as the next
/// version: new cases follow it, open cases keep the version they started on, and a file the engine could trip
/// over is refused with its line and reason before anything is stored.
[Authorize(Policy = Policies.LocalAuthorityStaff)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class IndexModel(AppDbContext db, PathwayVersions pathways) : PageModel
{
    private const int MaxBytes = 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<PathwayRow> Pathways { get; private set; } = [];

    public bool CanUpload => User.IsInRole(Roles.LaAdministrator);

    public bool CanProposeInitialCaseload => CanUpload || User.IsInRole(Roles.SeniorImprovementAdviser);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        await LoadAsync(tenantId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        if (!CanUpload)
            return Forbid();
        var extension = Path.GetExtension(Upload?.FileName ?? "");
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "Select a pathway definition file");
        else if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Upload), "The selected file must be a YAML file (.yaml or .yml)");
        else if (Upload.Length > MaxBytes)
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 1 MB");
        if (!ModelState.IsValid)
        {
            await LoadAsync(tenantId, cancellationToken);
            return Page();
        }

        string yaml;
        using (var reader = new StreamReader(Upload!.OpenReadStream(), Encoding.UTF8))
            yaml = await reader.ReadToEndAsync(cancellationToken);
        var fileName = Path.GetFileName(Upload.FileName);
        try
        {
            var version = await pathways.UploadAsync(tenantId, yaml, fileName, db.CurrentUser.DisplayName, cancellationToken);
            Message = $"{version.Name} is now version {version.Number}: new cases follow it";
        }
        catch (DefinitionException e)
        {
            ModelState.AddModelError(nameof(Upload), $"{fileName} was not used. Line {e.Line}: {e.Reason}");
            db.ChangeTracker.Clear();
            await LoadAsync(tenantId, cancellationToken);
            return Page();
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(int tenantId, CancellationToken cancellationToken)
    {
        var current = await pathways.CurrentAsync(tenantId, cancellationToken);
        var versions = await db.PathwayVersions.AsNoTracking()
            .Select(v => new VersionRow(v.Id, v.Code, v.Name, v.Number, v.UploadedBy, v.UploadedAt))
            .ToListAsync(cancellationToken);
        Pathways = [.. current.Select(c => new PathwayRow(
            c.Definition.Code,
            c.Definition.Name,
            c.Definition.Summary,
            versions.Single(v => v.Id == c.Version.Id),
            [.. versions.Where(v => v.Code == c.Definition.Code).OrderByDescending(v => v.Number)]))];
    }
}

public sealed record PathwayRow(string Code, string Name, string Summary, VersionRow Current, IReadOnlyList<VersionRow> History);

public sealed record VersionRow(int Id, string Code, string Name, int Number, string UploadedBy, DateTimeOffset UploadedAt);
