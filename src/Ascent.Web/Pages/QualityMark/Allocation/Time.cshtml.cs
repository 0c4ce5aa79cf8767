using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Allocation;

/// The evaluator's time on one setting: logged by the allocated evaluator (their own time only) or by a coordinator
/// on the evaluator's behalf, listed with its total. Anyone else, another evaluator included, gets "not found".
public sealed class TimeModel(AppDbContext db, TimeProvider time, SchemeVersions library, EvaluatorRoster roster) : AccreditationPage(db, library)
{
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

    public string? EvaluatorName { get; private set; }

    public IReadOnlyList<EvaluatorTime> Entries { get; private set; } = [];

    public int TotalMinutes => Entries.Sum(e => e.Minutes);

    public IReadOnlyList<SelectListItem> ActivityItems { get; } =
        [.. EvaluatorActivities.All.Select(a => new SelectListItem(EvaluatorActivities.Label(a), a.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !MayOpen)
            return NotFound();
        On = DateInput.From(time.Today());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !MayOpen)
            return NotFound();
        if (Accreditation.EvaluatorId is not { } evaluator)
            return Page();
        var today = time.Today();
        var entry = TimeForm.Read(ModelState, On, Hours, Minutes, Activity, Note, today);
        if (entry is not { } read)
            return Page();
        var (day, minutes, activity) = read;
        Db.EvaluatorTimes.Add(EvaluatorTime.Log(Accreditation, evaluator, EvaluatorName ?? "", day, minutes, activity, Note, Db.CurrentUser.DisplayName, time.GetUtcNow(), today));
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{EvaluatorTime.Duration(minutes)} logged on {Format.Date(day)}";
        return Redirect($"/quality-mark/accreditations/{id}/time");
    }

    /// Whether this person may change or remove an entry: a coordinator any, the evaluator their own.
    public bool MayCorrect(EvaluatorTime entry) => IsCoordinator || entry.EvaluatorId == Db.CurrentUser.UserId;

    /// The allocated evaluator and the coordinators; an evaluator not allocated to this setting is not told it exists.
    private bool MayOpen => IsCoordinator || (Accreditation.EvaluatorId is { } evaluator && evaluator == Db.CurrentUser.UserId);

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        EvaluatorName = await roster.NameAsync(Accreditation.EvaluatorId, cancellationToken);
        Entries = await Db.EvaluatorTimes.AsNoTracking().Where(t => t.AccreditationId == Accreditation.Id)
            .OrderByDescending(t => t.On).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
    }
}
