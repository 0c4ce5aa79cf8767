using Ascent.Web.Data;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Members;

/// Adds many members from a CSV file. All or nothing: one bad line and nobody is added, every bad line listed.
[RequestSizeLimit(5L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 5L * 1024 * 1024)]
public sealed class UploadModel(AppDbContext db, MemberUpload upload) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public int Id { get; private set; }

    public string PartnershipName { get; private set; } = "";

    public IReadOnlyList<UploadProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select the CSV file of members");
            return Page();
        }

        int added;
        await using (var stream = Upload.OpenReadStream())
            (added, Problems) = await upload.AddAsync(id, stream, cancellationToken);
        if (Problems.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), Problems.Count == 1
                ? $"The file has a problem on line {Problems[0].LineNumber}: nobody was added"
                : $"The file has {Problems.Count} problems: nobody was added");
            return Page();
        }

        TempData["Message"] = $"{added} {(added == 1 ? "member was" : "members were")} added from the file";
        return Redirect($"/partnerships/{id}#members");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var p = await db.Partnerships.AsNoTracking().Where(x => x.Id == id && x.ClosedOn == null).Select(x => new { x.Id, x.Name }).FirstOrDefaultAsync(cancellationToken);
        if (p is null)
            return false;
        (Id, PartnershipName) = (p.Id, p.Name);
        return true;
    }
}
