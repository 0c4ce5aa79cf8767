using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.SelfEvaluation.Voices;

/// A printable sheet of links for families without e-mail: as many as the setting asks for, each with a QR code and
/// a short address to type, eight to an A4 page. Only the links' hashes are kept, so the sheet is shown once, in the
/// answer to the form that made it, and never again.
public sealed class SheetModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, VoiceLinks voiceLinks) : SelfEvaluationPage(db, time, frameworks)
{
    public const int PerPage = 8;

    [BindProperty]
    public VoiceAudience? Audience { get; set; }

    /// How many links; text so that anything typed gets a message of ours.
    [BindProperty]
    public string? Count { get; set; } = PerPage.ToString(CultureInfo.InvariantCulture);

    /// The sheet just made; null until then.
    public IReadOnlyList<PrintedLink>? Printed { get; private set; }

    public IReadOnlyList<SelectListItem> AudienceItems { get; } =
    [
        new("Parents and carers", nameof(VoiceAudience.Parent)),
        new("Members of staff", nameof(VoiceAudience.Staff)),
    ];

    /// The printed links, a page at a time.
    public IEnumerable<PrintedLink[]> Pages => (Printed ?? []).Chunk(PerPage);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        return CanEdit ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (Draft is null)
            return Redirect($"/settings/{id}/self-evaluation/voices");
        if (Audience is null)
            ModelState.AddModelError(nameof(Audience), "Select whether the sheet is for parents or for members of staff");
        if (string.IsNullOrWhiteSpace(Count))
            ModelState.AddModelError(nameof(Count), "Enter how many links to print");
        else if (!int.TryParse(Count.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > VoiceLinks.MaxPrinted)
            ModelState.AddModelError(nameof(Count), $"Enter a whole number of links from 1 to {VoiceLinks.MaxPrinted}");
        if (!ModelState.IsValid)
            return Page();

        Printed = voiceLinks.Print(Draft, Audience!.Value, int.Parse(Count!.Trim(), CultureInfo.InvariantCulture));
        await Db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
