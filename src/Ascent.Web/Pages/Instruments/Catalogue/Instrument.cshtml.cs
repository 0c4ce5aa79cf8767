using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Instruments.Catalogue;

/// One instrument as the LA records with it: what it records, its subscales and items, the answers it takes, how
/// they become scores, its guidance and licence, and every version the LA has had (?version= shows an older one, the
/// version an audit started on). Anyone signed in may read it; its file downloads, for an LA's own version.
public sealed class InstrumentModel(InstrumentDefinitions definitions, AppDbContext db) : PageModel
{
    public InstrumentDefinition Instrument { get; private set; } = null!;

    public IReadOnlyList<InstrumentVersion> Versions { get; private set; } = [];

    public bool IsCurrent { get; private set; }

    public bool IsAscentsOwn { get; private set; }

    public string CurrentVersion { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, string? version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, version, cancellationToken))
            return NotFound();
        return Page();
    }

    /// The definition file of the version shown, to keep or to start the LA's own version from.
    public async Task<IActionResult> OnGetFileAsync(string code, string? version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, version, cancellationToken))
            return NotFound();
        var yaml = await definitions.FileAsync(db.CurrentUser.TenantId, Instrument.Code, Instrument.Version, cancellationToken);
        if (yaml is null)
            return NotFound();
        return File(Encoding.UTF8.GetBytes(yaml), "application/yaml", $"{Instrument.Code}-version-{Instrument.Version}.yaml");
    }

    private async Task<bool> LoadAsync(string code, string? version, CancellationToken cancellationToken)
    {
        var current = await definitions.CurrentAsync(code, cancellationToken);
        if (current is null)
            return false;
        var shown = string.IsNullOrWhiteSpace(version) ? current : await definitions.VersionAsync(code, version.Trim(), cancellationToken);
        if (shown is null)
            return false;
        Instrument = shown;
        CurrentVersion = current.Version;
        IsCurrent = shown.Version == current.Version;
        IsAscentsOwn = definitions.IsAscentsOwn(shown);
        Versions = await definitions.VersionsAsync(db.CurrentUser.TenantId, code, cancellationToken);
        return true;
    }

    /// "1 to 7: 1 Inadequate, 3 Minimal, 5 Good, 7 Excellent", or the checklist's fixed answers.
    public static string ScaleText(InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Scoring == ScoringRule.Checklist)
            return "Met, partly met, not met, or not applicable where the item allows it";
        var range = $"{instrument.Scale.Min} to {instrument.Scale.Max}";
        return instrument.Scale.Labels.Count == 0 ? range : $"{range}: {string.Join(", ", instrument.Scale.Labels.Select(l => $"{l.Value} {l.Label}"))}";
    }

    /// Where an item may be not applicable, and which of its indicators may be, in words.
    public static string NotApplicableText(InstrumentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var indicators = item.Indicators.Where(i => i.NotApplicableAllowed).Select(i => i.Code).ToList();
        return (item.NotApplicableAllowed, indicators.Count) switch
        {
            (true, 0) => "May be not applicable",
            (true, _) => $"May be not applicable; so may indicators {string.Join(", ", indicators)}",
            (false, 0) => "",
            _ => $"Indicators {string.Join(", ", indicators)} may be not applicable",
        };
    }
}
