using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Audits;

/// The two observers agree each item's score after comparing: the agreed answer starts filled in only where the two
/// gave the same answer (never an average), and where they differed a note says how they agreed. The agreed sheet
/// is what the audit's results use; finishing needs every item agreed.
public sealed class AgreeModel(AppDbContext db, AuditWork work, AuditSheetWork sheets) : AuditPage(db, work)
{
    [BindProperty] public List<ItemInput> Items { get; set; } = [];

    public ObserverAgreement Agreement { get; private set; } = null!;

    public bool Ready { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAgreeAsync(id, cancellationToken))
            return NotFound();
        if (Ready)
        {
            var agreed = AuditSheets.Agreed(Audit)!;
            Items = [.. Agreement.Items.Select(c =>
            {
                var input = ItemInput.From(AuditSheets.State(Instrument, agreed, c.Item), agreed);
                if (string.IsNullOrEmpty(input.Value) && c.Proposed is { } proposed)
                    input.Value = proposed.Token;
                return input;
            })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAgreeAsync(id, cancellationToken))
            return NotFound();
        if (!Ready || MySheet is null || Audit.IsLocked)
            return Forbid();
        if (!ModelState.IsValid)
            return Page();
        var result = await sheets.AgreeAsync(Instrument, Audit, [.. Items.Select(i => i.ToEntry())], cancellationToken);
        if (!result.Succeeded)
        {
            ItemChoices.AddErrors(ModelState, Items, result);
            return Page();
        }

        var left = Instrument.Items.Count() - AuditSheets.Answered(Instrument, AuditSheets.Agreed(Audit)!);
        TempData["Message"] = left == 0 ? "The agreed scores are saved: you can now finish the audit" : $"Saved. {left} items still need an agreed answer";
        return Redirect($"/audits/{id}");
    }

    public ItemComparison Comparison(string number) => Agreement.Items.First(c => c.Item.Number == number);

    private async Task<bool> LoadAgreeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsJoint || AuditSheets.Agreed(Audit) is null)
            return false;
        Agreement = AuditSheets.Comparison(Instrument, Audit);
        Ready = AuditSheets.BothComplete(Audit) && MySheet is not null && !Audit.IsLocked;
        return true;
    }
}
