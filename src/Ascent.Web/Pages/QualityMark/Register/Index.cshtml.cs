using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Register;

/// The LA's public register of accredited settings: anyone may open it, signed in or not (QualityMarkAccess).
public sealed class IndexModel(PublicRegister register) : PageModel
{
    public PublicRegisterPage Register { get; private set; } = null!;

    public int TenantId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int tenantId, CancellationToken cancellationToken)
    {
        if (await register.FindAsync(tenantId, cancellationToken) is not { } found)
            return NotFound();
        (Register, TenantId) = (found, tenantId);
        ViewData.FullWidth();
        return Page();
    }
}
