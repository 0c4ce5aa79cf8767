using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Services.Funding;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

// A letter template is a few pages of Word: 5 MB leaves room for a letterhead image.
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class LetterTemplateModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public (string FileName, string UploadedBy, DateTimeOffset UploadedAt)? Current { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        var current = await db.FundingLetterTemplates.AsNoTracking().Select(t => new { t.FileName, t.UploadedBy, t.UploadedAt }).FirstOrDefaultAsync(cancellationToken);
        Current = current is null ? null : (current.FileName, current.UploadedBy, current.UploadedAt);
        return Page();
    }

    /// The template in use, to edit in Word and upload again.
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var data = await db.FundingLetterTemplates.AsNoTracking().Select(t => t.Data).FirstOrDefaultAsync(cancellationToken) ?? FundingLetters.DefaultTemplate();
        return File(data, FundingLetters.ContentType, "Funding letter template.docx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        byte[]? data = null;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a Word document");
        }
        else if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 5 MB");
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, cancellationToken);
            data = buffer.ToArray();
            if (FundingLetters.Problem(data) is { } problem)
                ModelState.AddModelError(nameof(Upload), problem);
        }

        if (!ModelState.IsValid)
            return await OnGetAsync(cancellationToken);

        var fileName = Path.GetFileName(Upload!.FileName);
        var template = await db.FundingLetterTemplates.FirstOrDefaultAsync(cancellationToken);
        if (template is null)
            db.FundingLetterTemplates.Add(new FundingLetterTemplate(tenantId, fileName, data!, db.CurrentUser.DisplayName, time.GetUtcNow()));
        else
            template.Replace(fileName, data!, db.CurrentUser.DisplayName, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Message = "Letter template saved: the next funding letters use it";
        return Redirect("/funding/letter-template");
    }

    public async Task<IActionResult> OnPostDefaultAsync(CancellationToken cancellationToken)
    {
        // Removed through the change tracker, not ExecuteDelete, so that the audit trail records it.
        var template = await db.FundingLetterTemplates.FirstOrDefaultAsync(cancellationToken);
        if (template is not null)
        {
            db.FundingLetterTemplates.Remove(template);
            await db.SaveChangesAsync(cancellationToken);
        }

        Message = "The next funding letters use Ascent's own template";
        return Redirect("/funding/letter-template");
    }
}
