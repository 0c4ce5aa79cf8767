using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Offer.Terms;

/// The LA's terms for its offer in words, their versions, and for the LA administrator an upload of the next version
/// (like the pathways: a file that cannot be used is refused with its line and reason, and nothing is stored). Settings'
/// staff read them too: they agree to them when they book. New bookings follow the latest version.
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class IndexModel(AppDbContext db, OfferTermsLibrary library, OfferCatalogue catalogue) : PageModel
{
    private const int MaxBytes = 256 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public OfferTermsVersion Current { get; private set; } = null!;

    public OfferTerms Terms { get; private set; } = null!;

    public IReadOnlyList<TermsVersionRow> History { get; private set; } = [];

    public bool CanUpload => User.IsInRole(Roles.LaAdministrator);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        await LoadAsync(tenantId, cancellationToken);
        return Page();
    }

    /// The YAML of a version (the current one when none is named), to read or edit and upload again.
    public async Task<IActionResult> OnGetDownloadAsync(int? number, CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        await library.CurrentAsync(tenantId, cancellationToken);
        var versions = db.OfferTermsVersions.AsNoTracking().Where(v => v.TenantId == tenantId);
        var version = number is { } n
            ? await versions.FirstOrDefaultAsync(v => v.Number == n, cancellationToken)
            : await versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
            return NotFound();
        return File(Encoding.UTF8.GetBytes(version.Yaml), "application/yaml", number is null ? "terms.yaml" : $"terms-version-{version.Number}.yaml");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        if (!CanUpload)
            return Forbid();
        var extension = Path.GetExtension(Upload?.FileName ?? "");
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "Select a terms file");
        else if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Upload), "The selected file must be a YAML file (.yaml or .yml)");
        else if (Upload.Length > MaxBytes)
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 256 KB");
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
            var version = await catalogue.UploadTermsAsync(tenantId, yaml, fileName, cancellationToken);
            Message = $"{version.Name} is now version {version.Number}: new bookings follow it";
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
        (Current, Terms) = await library.CurrentAsync(tenantId, cancellationToken);
        History = await db.OfferTermsVersions.AsNoTracking().Where(v => v.TenantId == tenantId)
            .OrderByDescending(v => v.Number)
            .Select(v => new TermsVersionRow(v.Number, v.Name, v.UploadedBy, v.UploadedAt))
            .ToListAsync(cancellationToken);
    }
}

public sealed record TermsVersionRow(int Number, string Name, string UploadedBy, DateTimeOffset UploadedAt);
