using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Allocation;

/// Allocates or changes the evaluator of an accepted accreditation (the coordinators'). A conflicted evaluator or
/// someone without the role is refused with the reason; an untrained evaluator needs the coordinator's confirmation.
/// Shows the evaluator's visits to the setting since allocation against the scheme's offer and first-visit promise.
public sealed class EvaluatorModel(AppDbContext db, TimeProvider time, SchemeVersions library, EvaluatorRoster roster, EvaluatorAllocation allocation) : AccreditationPage(db, library)
{
    [BindProperty]
    public Guid? EvaluatorId { get; set; }

    [BindProperty]
    public bool ConfirmUntrained { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// The last answer asked the coordinator to confirm an untrained evaluator.
    public bool AsksToConfirm { get; private set; }

    public string? EvaluatorName { get; private set; }

    public bool CanAllocate => Accreditation.Status is AccreditationStatus.InProgress or AccreditationStatus.Accredited;

    public IReadOnlyList<SelectListItem> EvaluatorItems { get; private set; } = [];

    public EvaluatorVisitsSummary? Visits { get; private set; }

    public DateOnly Today => time.Today();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        (EvaluatorId, Version) = (Accreditation.EvaluatorId, Accreditation.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanAllocate)
            ModelState.AddModelError(nameof(EvaluatorId), $"An evaluator is allocated once the application is accepted: it is {AccreditationStatuses.Label(Accreditation.Status).ToLowerInvariant()}");
        else if (EvaluatorId is null)
            ModelState.AddModelError(nameof(EvaluatorId), "Select an evaluator");
        if (!ModelState.IsValid)
            return Page();
        var (outcome, message) = await allocation.AllocateAsync(Accreditation, SettingName, Scheme, EvaluatorId!.Value, ConfirmUntrained, Version, cancellationToken);
        if (outcome == AllocationOutcome.Allocated)
        {
            TempData["Message"] = message;
            return Redirect($"/quality-mark/accreditations/{id}/evaluator");
        }

        if (outcome == AllocationOutcome.ChangedByAnother)
        {
            await LoadAsync(id, cancellationToken);
            Version = Accreditation.Version;
        }

        AsksToConfirm = outcome == AllocationOutcome.NeedsConfirmation;
        ModelState.AddModelError(AsksToConfirm ? nameof(ConfirmUntrained) : nameof(EvaluatorId), message);
        return Page();
    }

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        EvaluatorName = await roster.NameAsync(Accreditation.EvaluatorId, cancellationToken);
        var evaluators = await roster.ListAsync(null, cancellationToken);
        var conflicted = await ConflictedAsync(cancellationToken);
        EvaluatorItems = [.. evaluators.Select(e => new SelectListItem(Describe(e, conflicted.Contains(e.Id)), e.Id.ToString(), e.Id == EvaluatorId))];
        Visits = await EvaluatorVisitsSummary.ForAsync(Db, Accreditation, Scheme, time.Today(), cancellationToken);
    }

    private string Describe(EvaluatorSummary evaluator, bool conflicted)
    {
        var notes = new List<string>();
        if (evaluator.Id == Accreditation.EvaluatorId)
            notes.Add("the evaluator now");
        if (conflicted)
            notes.Add($"conflict of interest with {SettingName}");
        if (!evaluator.TrainedFor.Contains(Scheme.Code))
            notes.Add("not trained");
        notes.Add(evaluator.Settings == 1 ? "1 setting now" : $"{evaluator.Settings} settings now");
        return $"{evaluator.Name} ({string.Join(", ", notes)})";
    }
}
