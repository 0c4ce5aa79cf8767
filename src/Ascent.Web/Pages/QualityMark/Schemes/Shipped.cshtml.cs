using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Schemes;

/// A scheme as Ascent ships it (quality-marks/*.yaml): the LA runs it until it uploads its own version, and downloads
/// it to start one.
public sealed class ShippedModel(AppDbContext db, SchemeLibrary library, SchemeVersions schemes) : PageModel
{
    public SchemeVersionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId || Shipped(code) is not { } shipped)
            return NotFound();
        var current = (await schemes.CurrentAsync(tenantId, cancellationToken)).First(s => s.Definition.Code == code);
        View = new SchemeVersionView(shipped.Definition, null, null, $"{code}.yaml", current.Upload is null, current.Definition.Version,
            $"/quality-mark/schemes/shipped/{code}?handler=file");
        return Page();
    }

    public IActionResult OnGetFile(string code) =>
        Shipped(code) is { } shipped ? File(Encoding.UTF8.GetBytes(shipped.Yaml), "application/yaml", $"{code}.yaml") : NotFound();

    private (SchemeDefinition Definition, string Yaml)? Shipped(string code) =>
        library.Shipped.Where(s => s.Definition.Code == code).Select(s => ((SchemeDefinition, string)?)s).FirstOrDefault();
}
