using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Allocation;

/// Corrects or removes one entry of an evaluator's time (the wrong hours or day, a duplicate): the evaluator their own
/// while they are the setting's evaluator, a coordinator any. The form carries the entry's Version, so a change made
/// from a page read before someone else's is refused, never overwrites it; the audit trail keeps what it said before.
public sealed class TimeEntryModel(AppDbContext db, TimeProvider time, Services.QualityMark.SchemeVersions schemes) : AccreditationPage(db, schemes)
{
    public const string ChangedMessage = "Someone else changed or removed this time since you opened the page: check it and make your change again";

    [BindProperty]
    public DateInput On { get; set; } = new();

    [BindProperty]
    public string? Hours { get; set; }

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public string? Activity { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public EvaluatorTime Entry { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> ActivityItems { get; } =
        [.. EvaluatorActivities.All.Select(a => new SelectListItem(EvaluatorActivities.Label(a), a.ToString()))];

    private int _entryId;

    private bool _gone;

    public async Task<IActionResult> OnGetAsync(int id, int entryId, CancellationToken cancellationToken)
    {
        _entryId = entryId;
        if (!await LoadAsync(id, cancellationToken) || !MayCorrect)
            return NotFound();
        ShowEntry();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int entryId, CancellationToken cancellationToken)
    {
        _entryId = entryId;
        if (!await LoadAsync(id, cancellationToken) || !MayCorrect)
            return NotFound();
        if (TimeForm.Read(ModelState, On, Hours, Minutes, Activity, Note, time.Today()) is not { } read)
            return Page();
        Db.Entry(Entry).Property(e => e.Version).OriginalValue = Version ?? -1;
        Entry.Correct(read.On, read.Minutes, read.Activity, Note, time.Today());
        if (!await SavedAsync(id, cancellationToken))
            return _gone ? Redirect($"/quality-mark/accreditations/{id}/time") : Page();
        TempData["Message"] = $"Time changed to {EvaluatorTime.Duration(read.Minutes)} on {Format.Date(read.On)}";
        return Redirect($"/quality-mark/accreditations/{id}/time");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int entryId, CancellationToken cancellationToken)
    {
        _entryId = entryId;
        if (!await LoadAsync(id, cancellationToken) || !MayCorrect)
            return NotFound();
        var (minutes, on) = (Entry.Minutes, Entry.On);
        Db.Entry(Entry).Property(e => e.Version).OriginalValue = Version ?? -1;
        Db.EvaluatorTimes.Remove(Entry);
        if (!await SavedAsync(id, cancellationToken))
            return _gone ? Redirect($"/quality-mark/accreditations/{id}/time") : Page();
        TempData["Message"] = $"{EvaluatorTime.Duration(minutes)} on {Format.Date(on)} removed";
        return Redirect($"/quality-mark/accreditations/{id}/time");
    }

    /// A coordinator may correct any entry; the setting's evaluator only their own. Anyone else is not told it exists.
    private bool MayCorrect => IsCoordinator || (Accreditation.EvaluatorId is { } evaluator && evaluator == Db.CurrentUser.UserId && Entry.EvaluatorId == evaluator);

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        var entry = await Db.EvaluatorTimes.FirstOrDefaultAsync(t => t.Id == _entryId && t.AccreditationId == Accreditation.Id, cancellationToken);
        Entry = entry!;
    }

    private new async Task<bool> LoadAsync(int id, CancellationToken cancellationToken) =>
        await base.LoadAsync(id, cancellationToken) && Entry is not null;

    private async Task<bool> SavedAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Show the entry as it is now (or say it has gone), with the Version to save over it.
            foreach (var field in ModelState.Keys.ToList())
                ModelState.Remove(field);
            if (!await LoadAsync(id, cancellationToken))
            {
                TempData["Message"] = "That time had already been removed";
                _gone = true;
                return false;
            }

            ShowEntry();
            ModelState.AddModelError(nameof(Hours), ChangedMessage);
            return false;
        }
    }

    private void ShowEntry()
    {
        On = DateInput.From(Entry.On);
        (Hours, Minutes) = ((Entry.Minutes / 60).ToString(System.Globalization.CultureInfo.InvariantCulture), (Entry.Minutes % 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
        (Activity, Note, Version) = (Entry.Activity.ToString(), Entry.Note, Entry.Version);
    }
}
