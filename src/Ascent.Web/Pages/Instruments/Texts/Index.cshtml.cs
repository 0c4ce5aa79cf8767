using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Instruments.Texts;

/// A licence holder's indicator texts for one rating scale: the LA administrator's for the LA, a setting owner's
/// for their own setting. Shows the texts held (with the instrument and scoring guidance versions they fit) and
/// takes a new file, which replaces them whole or changes nothing.
[Authorize(Roles = Roles.LaAdministrator + "," + Roles.SettingOwner)]
[RequestSizeLimit(AuditImportCsv.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AuditImportCsv.MaxBytes + 1024 * 1024)]
public sealed class IndexModel(InstrumentDefinitions definitions, LicensedTexts licensedTexts, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Message { get; set; }

    public InstrumentDefinition Instrument { get; private set; } = null!;

    public IReadOnlyList<InstrumentText> Texts { get; private set; } = [];

    /// Texts the signed-in setting owner's LA holds: used at their setting unless it imports its own.
    public int LocalAuthorityTexts { get; private set; }

    public bool ForSetting => currentUser.SettingId is not null;

    public IReadOnlyList<TransferProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
            return NotFound();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select the CSV file of indicator texts");
            return Page();
        }

        LicensedTextsResult result;
        await using (var stream = Upload.OpenReadStream())
            result = await licensedTexts.ImportAsync(Instrument, Holder, stream, cancellationToken);
        if (!result.Succeeded)
        {
            Problems = result.Problems;
            ModelState.AddModelError(nameof(Upload), Problems.Count == 1
                ? $"The file has a problem on line {Problems[0].LineNumber}: no texts were imported"
                : $"The file has {Problems.Count} problems: no texts were imported");
            return Page();
        }

        Message = result.Replaced > 0
            ? $"{result.Imported} indicator texts imported, replacing the {result.Replaced} held before"
            : $"{result.Imported} indicator texts imported";
        return RedirectToPage(new { code });
    }

    public IEnumerable<IGrouping<string, InstrumentText>> ByItem => Texts.GroupBy(t => t.ItemNumber);

    public string ItemName(string number) => Instrument.Item(number)?.Name ?? "";

    private LicenceHolder Holder => new(currentUser.TenantId ?? -1, currentUser.SettingId);

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await definitions.CurrentAsync(code, cancellationToken) is not { Scoring: ScoringRule.EnvironmentRating } instrument || currentUser.TenantId is null)
            return false;
        Instrument = instrument;
        Texts = await licensedTexts.ListAsync(code, Holder, cancellationToken);
        if (ForSetting)
            LocalAuthorityTexts = await licensedTexts.CountAsync(code, Holder with { SettingId = null }, cancellationToken);
        return true;
    }
}
