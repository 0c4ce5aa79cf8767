using System.Globalization;
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
        var minutes = TimeForm.Minutes(ModelState, Hours, Minutes);
        if (On.IsEmpty)
            ModelState.AddModelError(nameof(On), "Enter the date the time was spent");
        else if (!On.TryGetDate(out var on))
            ModelState.AddModelError(nameof(On), "The date must be a real date, like 14 3 2026");
        else if (on > today)
            ModelState.AddModelError(nameof(On), "The date must be today or in the past: log time once it has been spent");
        var activity = EvaluatorActivities.All.Cast<EvaluatorActivity?>().FirstOrDefault(a => a.ToString() == Activity);
        if (activity is null)
            ModelState.AddModelError(nameof(Activity), "Select what the time was spent on");
        if (Note?.Trim().Length > EvaluatorTime.NoteMaxLength)
            ModelState.AddModelError(nameof(Note), $"The note must be {EvaluatorTime.NoteMaxLength} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        On.TryGetDate(out var day);
        Db.EvaluatorTimes.Add(EvaluatorTime.Log(Accreditation, evaluator, EvaluatorName ?? "", day, minutes, activity!.Value, Note, Db.CurrentUser.DisplayName, time.GetUtcNow(), today));
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{EvaluatorTime.Duration(minutes)} logged on {Format.Date(day)}";
        return Redirect($"/quality-mark/accreditations/{id}/time");
    }

    /// The allocated evaluator and the coordinators; an evaluator not allocated to this setting is not told it exists.
    private bool MayOpen => IsCoordinator || (Accreditation.EvaluatorId is { } evaluator && evaluator == Db.CurrentUser.UserId);

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken)
    {
        EvaluatorName = await roster.NameAsync(Accreditation.EvaluatorId, cancellationToken);
        Entries = await Db.EvaluatorTimes.AsNoTracking().Where(t => t.AccreditationId == Accreditation.Id)
            .OrderByDescending(t => t.On).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);
    }
}

/// Hours and minutes as typed: whole numbers, some time, at most a day.
public static class TimeForm
{
    public static int Minutes(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string? hours, string? minutes)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(hours) && string.IsNullOrWhiteSpace(minutes))
        {
            modelState.AddModelError("Hours", "Enter how long you spent, in hours and minutes");
            return 0;
        }

        var h = Whole(hours, 24, modelState, "Hours", "Hours must be a whole number from 0 to 24");
        var m = Whole(minutes, 59, modelState, "Minutes", "Minutes must be a whole number from 0 to 59");
        if (h is null || m is null)
            return 0;
        var total = (h.Value * 60) + m.Value;
        if (total == 0)
            modelState.AddModelError("Hours", "Enter how long you spent: it cannot be no time");
        else if (total > EvaluatorTime.MaxMinutes)
            modelState.AddModelError("Hours", "The time must be 24 hours or less: log each day's time separately");
        return total;
    }

    private static int? Whole(string? text, int max, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
            return value;
        modelState.AddModelError(field, message);
        return null;
    }
}
