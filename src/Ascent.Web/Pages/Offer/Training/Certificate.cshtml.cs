using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Training;

/// A certificate of attendance as a Word document, for a place attended at every session; otherwise a page that
/// says why there is none. The booking is found through the query filters: another setting's is not found.
public sealed class CertificateModel(Certificates certificates) : PageModel
{
    public string Refusal { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var result = await certificates.ForBookingAsync(id, cancellationToken);
        if (result is null)
            return NotFound();
        if (result.Facts is { } facts)
            return File(CertificateDocument.Create(facts), CertificateDocument.ContentType, facts.FileName);
        Refusal = result.Refusal!;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
