using Ascent.Web.Data;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Offer.Training;

/// For the LA's offer team: every certificate of an item's attended places, as one .zip.
public sealed class CertificatesModel(AppDbContext db, Certificates certificates) : PageModel
{
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.OfferItems.AsNoTracking().Where(i => i.Id == id).Select(i => i.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null)
            return NotFound();
        var all = await certificates.ForItemAsync(id, cancellationToken);
        if (all.Count > 0)
            return File(CertificateDocument.Zip(all), "application/zip", $"certificates-{id}.zip");
        Title = title;
        return Page();
    }
}
