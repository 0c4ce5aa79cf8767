using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Schemes;

/// One version of a scheme the LA uploaded: what it asks, in words, and the file to download. The query filters keep
/// another LA's versions out of reach: their ids are not found.
public sealed class VersionModel(AppDbContext db, SchemeLibrary library, SchemeVersions schemes) : PageModel
{
    public SchemeVersionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.SchemeVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } version)
            return NotFound();
        var current = (await schemes.CurrentAsync(version.TenantId, cancellationToken)).FirstOrDefault(s => s.Definition.Code == version.Code);
        View = new SchemeVersionView(library.Definition(version), version.UploadedBy, version.UploadedAt, version.FileName,
            current?.Upload?.Id == version.Id, current?.Definition.Version, $"/quality-mark/schemes/versions/{id}?handler=file");
        return Page();
    }

    /// The file as it was uploaded, to change and upload again as the next version.
    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.SchemeVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } version)
            return NotFound();
        return File(Encoding.UTF8.GetBytes(version.Yaml), "application/yaml", version.FileName);
    }
}

/// What a version's page shows: the definition, who uploaded it and when (null for the file Ascent ships), whether new
/// cohorts open on it, and where to download it.
public sealed record SchemeVersionView(
    SchemeDefinition Definition, string? UploadedBy, DateTimeOffset? UploadedAt, string FileName, bool IsCurrent, string? CurrentVersion, string Download);
