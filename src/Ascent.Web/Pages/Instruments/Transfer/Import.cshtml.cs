using System.Text;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Instruments.Transfer;

/// Past audits from a CSV, for LA staff, in two steps like the register import: the file is checked and what it
/// would do shown (audits per setting, rooms to be made, items left unscored), then imported only when the person
/// presses Import. The checked file travels back in the form, so nothing is kept between the steps; it is checked
/// again on import. All or nothing: every bad line is listed with its reason.
[Authorize(Policy = Policies.LocalAuthorityStaff)]
[RequestSizeLimit(MaxBytes * 3)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes * 3, ValueLengthLimit = (int)MaxBytes * 2)]
public sealed class ImportModel(AuditImport import, CurrentUser currentUser) : PageModel
{
    /// The largest file the web takes; a bigger one goes through `import audits` on the command line.
    public const long MaxBytes = 4L * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// The checked file's text, sent back with Import.
    [BindProperty]
    public string? FileText { get; set; }

    [TempData]
    public string? Message { get; set; }

    public AuditImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select the CSV file of past audits");
            return Page();
        }

        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file must be smaller than 4MB: import a larger one with the command line's import audits");
            return Page();
        }

        using var buffer = new MemoryStream();
        await using (var stream = Upload.OpenReadStream())
            await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        Result = await import.CheckAsync(buffer, currentUser.TenantId, cancellationToken);
        if (Result.Problems.Count > 0)
            return Refused();
        FileText = Encoding.UTF8.GetString(buffer.ToArray());
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(FileText))
            return RedirectToPage();
        using var buffer = new MemoryStream(Encoding.UTF8.GetBytes(FileText));
        Result = await import.ImportAsync(buffer, currentUser.TenantId, cancellationToken);
        if (Result.Problems.Count > 0)
            return Refused();
        Message = Result.Audits == 1 ? "1 audit imported" : $"{Result.Audits} audits imported";
        return RedirectToPage();
    }

    private PageResult Refused()
    {
        var problems = Result!.Problems;
        ModelState.AddModelError(nameof(Upload), problems.Count == 1
            ? $"The file has a problem on line {problems[0].LineNumber}: no audits were imported"
            : $"The file has {problems.Count} problems: no audits were imported");
        FileText = null;
        return Page();
    }
}
