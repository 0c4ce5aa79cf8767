using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Schemes;

/// The LA's quality-mark schemes and their versions. A coordinator uploads a changed scheme as a new version: new
/// cohorts open on it, cohorts already opened keep theirs, and a file Ascent could not run is refused with its line
/// and reason before anything is stored. The LA's other staff read (QualityMarkAccess).
// Requests up to Uploads.RequestLimit reach the page, so a file over 1 MB gets its GOV.UK message, not a bare 413.
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class IndexModel(AppDbContext db, SchemeVersions schemes, SchemeLibrary library) : PageModel
{
    private const int MaxBytes = 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<SchemeRow> Rows { get; private set; } = [];

    public bool CanUpload => QualityMarkAccess.CoordinatorRoles.Any(User.IsInRole);

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
            ModelState.AddModelError(nameof(Upload), "Select a scheme definition file");
        else if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Upload), "The selected file must be a YAML file (.yaml or .yml)");
        else if (Upload.Length > MaxBytes)
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 1 MB");
        if (ModelState.IsValid)
        {
            string yaml;
            try
            {
                // Strict UTF-8: a file saved in another encoding is refused, not stored with its letters replaced.
                using var reader = new StreamReader(Upload!.OpenReadStream(), new UTF8Encoding(false, true));
                yaml = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError(nameof(Upload), "The selected file must be saved as UTF-8 text");
                await LoadAsync(tenantId, cancellationToken);
                return Page();
            }

            var fileName = FreeText.FileName(Upload.FileName, SchemeVersion.FileNameMaxLength) ?? "scheme.yaml";
            try
            {
                var upload = await schemes.UploadAsync(tenantId, yaml, fileName, db.CurrentUser.DisplayName, cancellationToken);
                if (upload.Stored is { } stored)
                {
                    Message = $"{stored.Name} version {stored.Version} is now the current version: new cohorts open on it";
                    return RedirectToPage();
                }

                ModelState.AddModelError(nameof(Upload), $"{fileName} was not used: {upload.Refusal}");
            }
            catch (DefinitionException e)
            {
                ModelState.AddModelError(nameof(Upload), $"{fileName} was not used. Line {e.Line}: {e.Reason}");
            }
        }

        db.ChangeTracker.Clear();
        await LoadAsync(tenantId, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int tenantId, CancellationToken cancellationToken)
    {
        var current = await schemes.CurrentAsync(tenantId, cancellationToken);
        var stored = await db.SchemeVersions.AsNoTracking().OrderByDescending(v => v.Id)
            .Select(v => new { v.Id, v.Code, v.Version, v.UploadedBy, v.UploadedAt }).ToListAsync(cancellationToken);
        Rows = [.. current.Select(c =>
        {
            var code = c.Definition.Code;
            var history = stored.Where(v => v.Code == code)
                .Select(v => new VersionRow(v.Version, v.UploadedBy, v.UploadedAt, $"/quality-mark/schemes/versions/{v.Id}", v.Id == c.Upload?.Id))
                .ToList();
            if (library.Find(code) is { } shipped)
                history.Add(new VersionRow(shipped.Version, null, null, $"/quality-mark/schemes/shipped/{code}", c.Upload is null));
            return new SchemeRow(c.Definition.Name, c.Definition.Summary, history.Single(h => h.IsCurrent), history);
        })];
    }
}

/// A scheme the LA runs: its current version and every version it has had, newest first (the shipped file last).
public sealed record SchemeRow(string Name, string Summary, VersionRow Current, IReadOnlyList<VersionRow> History);

/// One version: who uploaded it and when (null for the file Ascent ships), and its page.
public sealed record VersionRow(string Version, string? UploadedBy, DateTimeOffset? UploadedAt, string Link, bool IsCurrent);
