using Ascent.Web.Services.Offer;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Register;

/// Takes registers from a sign-in sheet. All or nothing: one bad line and nothing is recorded, every bad line listed
/// with its number and reason.
[RequestSizeLimit(2L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * 1024 * 1024)]
public sealed class ImportModel(OfferRegisters registers, RegisterImport import) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RegisterView Register { get; private set; } = null!;

    public IReadOnlyList<UploadProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await registers.FindAsync(id, cancellationToken) is not { } register)
            return NotFound();
        Register = register;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await registers.FindAsync(id, cancellationToken) is not { } register)
            return NotFound();
        Register = register;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select the sign-in sheet's CSV file");
            return Page();
        }

        RegisterSaved? saved;
        await using (var stream = Upload.OpenReadStream())
            (saved, Problems) = await import.ImportAsync(id, stream, cancellationToken);
        if (Problems.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), Problems.Count == 1
                ? $"The file has a problem on line {Problems[0].LineNumber}: nothing was recorded"
                : $"The file has {Problems.Count} problems: nothing was recorded");
            return Page();
        }

        if (saved?.Refused is { } refused)
        {
            ModelState.AddModelError(nameof(Upload), refused);
            return Page();
        }

        TempData["Message"] = saved?.Charges switch
        {
            { Raised: > 0 } c => $"The sign-in sheet is recorded and the register closed: {c.Raised} {(c.Raised == 1 ? "charge" : "charges")} raised",
            _ => "The sign-in sheet is recorded",
        };
        if (saved?.Charges is { Corrections.Count: > 0 } raised)
            TempData["Corrections"] = string.Join('\n', raised.Corrections);
        return Redirect($"/offer/{id}/register");
    }
}
