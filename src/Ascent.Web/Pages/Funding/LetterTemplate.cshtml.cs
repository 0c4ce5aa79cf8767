using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Services.Funding;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Funding;

// A letter template is a few pages of Word: 5 MB leaves room for a letterhead image.
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 64 * 1024)]
public sealed class LetterTemplateModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int MaxBytes = 5 * 1024 * 1024;

    public const string NextTerm = "next-term";
    public const string DaysAfter = "days-after";

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public EffectiveDateInput Effective { get; set; } = new();

    public static IEnumerable<SelectListItem> EffectiveItems { get; } =
        [new("At the start of the next funding term", NextTerm), new("A number of days after the decision", DaysAfter)];

    public (string FileName, string UploadedBy, DateTimeOffset UploadedAt)? Current { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(keepEffective: false, cancellationToken);

    private async Task<IActionResult> ShowAsync(bool keepEffective, CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        var current = await db.FundingLetterTemplates.AsNoTracking().Select(t => new { t.FileName, t.UploadedBy, t.UploadedAt }).FirstOrDefaultAsync(cancellationToken);
        Current = current is null ? null : (current.FileName, current.UploadedBy, current.UploadedAt);
        if (!keepEffective)
        {
            var rule = await db.FundingEffectiveDateRules.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            Effective = rule?.From == FundingEffectiveFrom.DaysAfterDecision
                ? new EffectiveDateInput { From = DaysAfter, Days = rule.Days.ToString(CultureInfo.InvariantCulture) }
                : new EffectiveDateInput { From = NextTerm };
        }

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

    /// When the change a letter announces takes effect.
    public async Task<IActionResult> OnPostEffectiveAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        var days = 0;
        if (Effective.From is not (NextTerm or DaysAfter))
            ModelState.AddModelError("Effective.From", "Select when a funding change takes effect");
        else if (Effective.From == DaysAfter && string.IsNullOrWhiteSpace(Effective.Days))
            ModelState.AddModelError("Effective.Days", "Enter the number of days after the decision");
        else if (Effective.From == DaysAfter && !int.TryParse(Effective.Days, NumberStyles.None, CultureInfo.InvariantCulture, out days))
            ModelState.AddModelError("Effective.Days", "The number of days must be a whole number, like 28");
        else if (days > FundingEffectiveDateRule.MaxDays)
            ModelState.AddModelError("Effective.Days", $"The number of days must be {FundingEffectiveDateRule.MaxDays} or fewer");
        if (!ModelState.IsValid)
            return await ShowAsync(keepEffective: true, cancellationToken);

        var from = Effective.From == DaysAfter ? FundingEffectiveFrom.DaysAfterDecision : FundingEffectiveFrom.NextFundingTerm;
        var rule = await db.FundingEffectiveDateRules.FirstOrDefaultAsync(cancellationToken);
        if (rule is null)
            db.FundingEffectiveDateRules.Add(new FundingEffectiveDateRule(tenantId, from, days, db.CurrentUser.DisplayName, time.GetUtcNow()));
        else if (rule.From != from || rule.Days != days)
            rule.Change(from, days, db.CurrentUser.DisplayName, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Message = from == FundingEffectiveFrom.NextFundingTerm
            ? "Funding changes now take effect at the start of the next funding term"
            : $"Funding changes now take effect {days} {(days == 1 ? "day" : "days")} after the decision";
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

public sealed class EffectiveDateInput
{
    public string? From { get; set; }

    public string? Days { get; set; }
}
