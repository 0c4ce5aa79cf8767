using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Register;

/// The public register as CSV (PublicRegisterCsv), for anyone: the same rows as the page.
public sealed class CsvModel(PublicRegister register) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int tenantId, CancellationToken cancellationToken)
    {
        if (await register.FindAsync(tenantId, cancellationToken) is not { } found)
            return NotFound();
        var stream = new MemoryStream();
        await PublicRegisterCsv.WriteAsync(found.Entries, stream, cancellationToken);
        stream.Position = 0;
        return File(stream, "text/csv", "accredited-settings.csv");
    }
}
