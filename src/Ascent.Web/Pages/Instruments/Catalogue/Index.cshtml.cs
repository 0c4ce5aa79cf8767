using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Instruments.Catalogue;

/// Every instrument the LA records with, in the versions new audits start on, for anyone signed in (definitions are
/// not personal data). An LA administrator uploads the LA's own version of one, or a new one: a file Ascent could
/// trip over is refused with its line and reason before anything is stored, and audits already started keep the
/// version they started with.
[RequestSizeLimit(InstrumentUpload.YamlMaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = InstrumentUpload.YamlMaxBytes + 64 * 1024)]
public sealed class IndexModel(InstrumentDefinitions definitions, AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<InstrumentRow> Instruments { get; private set; } = [];

    public bool CanUpload => db.CurrentUser.TenantId is not null && User.IsInRole(Roles.LaAdministrator);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanUpload)
            return Forbid();
        var extension = Path.GetExtension(Upload?.FileName ?? "");
        if (Upload is null || Upload.Length == 0)
            ModelState.AddModelError(nameof(Upload), "Select an instrument definition file");
        else if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(Upload), "The selected file must be a YAML file (.yaml or .yml)");
        else if (Upload.Length > InstrumentUpload.YamlMaxBytes)
            ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 512 KB");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        string yaml;
        using (var reader = new StreamReader(Upload!.OpenReadStream(), Encoding.UTF8))
            yaml = await reader.ReadToEndAsync(cancellationToken);
        var fileName = FreeText.FileName(Upload.FileName, AllowedFiles.FileNameMaxLength) ?? "The file";
        try
        {
            var upload = await definitions.UploadAsync(db.CurrentUser.TenantId!.Value, yaml, fileName, db.CurrentUser.DisplayName, time.GetUtcNow(), cancellationToken);
            Message = $"{upload.Name} version {upload.Version} is now the current version: new audits start on it";
            return RedirectToPage();
        }
        catch (DefinitionException e)
        {
            ModelState.AddModelError(nameof(Upload), $"{fileName} was not used. Line {e.Line}: {Sentence(e.Reason)}");
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private static string Sentence(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var current = await definitions.CurrentAsync(cancellationToken);
        Instruments = [.. current
            .Select(i => new InstrumentRow(i.Code, i.Name, InstrumentWords.Level(i.AppliesTo), InstrumentWords.Rule(i.Scoring), i.Items.Count(), i.Version, !definitions.IsAscentsOwn(i), i.Scoring == ScoringRule.EnvironmentRating))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }
}

public sealed record InstrumentRow(string Code, string Name, string Records, string ScoredAs, int Items, string Version, bool Own, bool RatingScale);
