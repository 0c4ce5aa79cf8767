using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.SelfEvaluation.Voices;

/// A link each for a pasted list of e-mail addresses, e-mailed through the outbox. Nothing is sent while an address
/// cannot be used, unless the person chooses to leave those out; an address given twice gets one link.
public sealed class EmailsModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, VoiceLinks voiceLinks) : SelfEvaluationPage(db, time, frameworks)
{
    [BindProperty]
    public VoiceAudience? Audience { get; set; }

    [BindProperty]
    public string? Addresses { get; set; }

    [BindProperty]
    public string? Label { get; set; }

    /// Set by the button offered once some addresses cannot be used: send to the others.
    [BindProperty]
    public bool SkipInvalid { get; set; }

    /// The entries that cannot be used, with their lines, shown under the box.
    public IReadOnlyList<AddressProblem> Problems { get; private set; } = [];

    /// How many can be sent to when the others are left out.
    public int UsableCount { get; private set; }

    public IReadOnlyList<SelectListItem> AudienceItems { get; } =
    [
        new("Parents and carers", nameof(VoiceAudience.Parent)),
        new("Members of staff", nameof(VoiceAudience.Staff)),
    ];

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
            ModelState.AddModelError(nameof(Audience), "Select whether you are asking parents or members of staff");
        if (Label?.Trim().Length > VoiceInvitation.LabelMaxLength)
            ModelState.AddModelError(nameof(Label), $"The note must be {VoiceInvitation.LabelMaxLength:N0} characters or fewer");
        var list = AddressList.Parse(Addresses);
        Problems = list.Problems;
        UsableCount = list.Addresses.Count;
        if (list.IsEmpty)
            ModelState.AddModelError(nameof(Addresses), "Enter the email addresses to send links to");
        else if (list.Addresses.Count + list.Problems.Count > AddressList.MaxAddresses)
            ModelState.AddModelError(nameof(Addresses), $"Enter {AddressList.MaxAddresses:N0} addresses or fewer at a time");
        else if (list.Problems.Count > 0 && !(SkipInvalid && list.Addresses.Count > 0))
            ModelState.AddModelError(nameof(Addresses), list.Problems.Count == 1
                ? list.Problems[0].Describe()
                : $"{list.Problems.Count} addresses need correcting: {string.Join(", ", list.Problems.Select(p => $"line {p.Line}").Distinct())}");
        if (!ModelState.IsValid)
            return Page();

        var sent = voiceLinks.InviteAll(Setting, Draft, Audience!.Value, Label, list.Addresses);
        await Db.SaveChangesAsync(cancellationToken);
        var leftOut = new List<string>();
        if (list.Problems.Count > 0)
            leftOut.Add($"{Count(list.Problems.Count, "address")} that could not be used left out");
        if (list.Duplicates > 0)
            leftOut.Add($"{Count(list.Duplicates, "address")} given twice sent once");
        TempData["Message"] = $"{Count(sent, "link")} made and emailed" + (leftOut.Count == 0 ? "" : $" ({string.Join("; ", leftOut)})");
        return Redirect($"/settings/{id}/self-evaluation/voices");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}{(noun.EndsWith('s') ? "es" : "s")}";
}
