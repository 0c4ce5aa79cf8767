using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Services.Charts;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Charts;

/// The setting's own measures from a CSV file, all or nothing: the same columns as `import measures`, with the URN
/// column optional (the file is for this setting). Every line that cannot be used is listed with its reason.
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class ImportModel(AppDbContext db, TimeProvider time, MeasureImport import) : ChartsPage(db, time)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    private const int RequestLimit = MaxFileBytes + (1024 * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<MeasureProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        return CanChange ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        if (!CanChange)
            return Forbid();
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file of values");
        else if (Upload.Length > MaxFileBytes)
            ModelState.AddModelError(nameof(Upload), "The file must be smaller than 5MB");
        if (!ModelState.IsValid)
            return Page();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer, cancellationToken);
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), "The file is not UTF-8 text: save it from your spreadsheet as \"CSV UTF-8\" and upload it again");
            return Page();
        }

        buffer.Position = 0;
        var (rows, problems) = MeasureFile.Read(buffer, urnRequired: false);
        var result = await import.ImportAsync(rows, problems, id, cancellationToken);
        if (!result.Imported)
        {
            Problems = result.Problems;
            ModelState.AddModelError(nameof(Upload), $"Nothing was imported: {Lines(Problems.Count)} of the file cannot be used. Correct them and upload the file again.");
            return Page();
        }

        TempData["Message"] = $"{result.Values} values of {result.Measures} {(result.Measures == 1 ? "measure" : "measures")} imported";
        return Redirect(ChartsHref);
    }

    private static string Lines(int count) => count == 1 ? "1 line" : $"{count} lines";
}
