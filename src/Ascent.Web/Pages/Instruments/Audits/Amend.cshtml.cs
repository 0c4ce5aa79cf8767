using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Audits;

/// Corrects one answer of a finished audit: the new answer and why, kept as an amendment with who and when, and the
/// audit scored again. Without an item chosen, lists the items with their answers to pick from.
public sealed class AmendModel(AppDbContext db, AuditWork work) : AuditPage(db, work)
{
    [BindProperty(SupportsGet = true)] public string? Item { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public InstrumentItem? Chosen { get; private set; }

    public AuditSheet ResultSheet => AuditSheets.ResultSheet(Audit);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!Audit.IsLocked)
            return Redirect($"/audits/{id}");
        Chosen = Item is null ? null : Instrument.Item(Item);
        if (Item is not null && Chosen is null)
            return NotFound();
        Value = Chosen is null ? null : ItemAnswer.Of(ResultSheet.Answer(Chosen.Number)).Token;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!Audit.IsLocked)
            return Redirect($"/audits/{id}");
        Chosen = Item is null ? null : Instrument.Item(Item);
        if (Chosen is null)
        {
            ModelState.AddModelError(nameof(Item), "Choose the item to correct");
            return Page();
        }

        var answer = ItemAnswer.Parse(Instrument, Chosen, Value, out var error);
        Reason = Reason?.Trim();
        if (answer is null)
            ModelState.AddModelError(nameof(Value), error!);
        else if (!answer.Value.IsAnswered)
            ModelState.AddModelError(nameof(Value), $"{ItemAnswer.Name(Chosen)}: choose the corrected answer");
        else if (answer == ItemAnswer.Of(ResultSheet.Answer(Chosen.Number)))
            ModelState.AddModelError(nameof(Value), "That is the answer already recorded: choose the corrected one");
        if (string.IsNullOrEmpty(Reason))
            ModelState.AddModelError(nameof(Reason), "Say why the answer is being corrected");
        else if (Reason.Length > AuditAmendment.ReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), $"The reason must be {AuditAmendment.ReasonMaxLength} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        await Work.AmendAsync(Audit, Instrument, Chosen, answer!.Value, Reason!, cancellationToken);
        TempData["Message"] = $"{ItemAnswer.Name(Chosen)}, corrected: the audit has been scored again";
        return Redirect($"/audits/{id}");
    }
}
