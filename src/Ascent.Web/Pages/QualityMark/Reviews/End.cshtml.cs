using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Reviews;

/// The coordinator ends a current accreditation by hand: lapsed or withdrawn, with the reason the setting reads. It
/// leaves the public register at once.
public sealed class EndModel(DecisionView views, AccreditationEnds ends) : PageModel
{
    [BindProperty]
    public EndInput Input { get; set; } = new();

    public AccreditationDecisionView View { get; private set; } = null!;

    public static IEnumerable<SelectListItem> HowItems { get; } =
        [new("Lapsed: not renewed in time", nameof(AccreditationStatus.Lapsed)), new("Withdrawn by the local authority", nameof(AccreditationStatus.Withdrawn))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.FindAsync(id, cancellationToken) is not { } view)
            return NotFound();
        View = view;
        Input.Version = view.Accreditation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.FindAsync(id, cancellationToken) is not { } view)
            return NotFound();
        View = view;
        var how = Input.How switch
        {
            nameof(AccreditationStatus.Lapsed) => AccreditationStatus.Lapsed,
            nameof(AccreditationStatus.Withdrawn) => AccreditationStatus.Withdrawn,
            _ => (AccreditationStatus?)null,
        };
        if (how is null)
            ModelState.AddModelError("Input.How", "Select whether the accreditation lapsed or is withdrawn");
        if (string.IsNullOrWhiteSpace(Input.Reason))
            ModelState.AddModelError("Input.Reason", "Enter the reason");
        else if (Input.Reason.Length > Accreditation.TextMaxLength)
            ModelState.AddModelError("Input.Reason", $"The reason must be {Accreditation.TextMaxLength:#,0} characters or fewer");
        if (ModelState.IsValid && await ends.EndAsync(id, Input.Version, how!.Value, Input.Reason!, cancellationToken) is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            ModelState.Remove("Input.Version");
            View = (await views.FindAsync(id, cancellationToken))!;
            Input.Version = View.Accreditation.Version;
        }

        if (!ModelState.IsValid)
            return Page();
        TempData["Message"] = how == AccreditationStatus.Lapsed ? "The accreditation is marked as lapsed" : "The accreditation is withdrawn";
        return Redirect($"/quality-mark/accreditations/{id}/decision");
    }
}

public sealed class EndInput
{
    public int Version { get; set; }

    public string? How { get; set; }

    public string? Reason { get; set; }
}
