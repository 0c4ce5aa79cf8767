using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Evaluators;

/// One evaluator: their training, their conflicts of interest (in force and removed, with who recorded and removed
/// each) and the settings allocated to them. The coordinators record training and conflicts here; an evaluator reads
/// their own page only.
public sealed class DetailsModel(AppDbContext db, TimeProvider time, EvaluatorRoster roster, SchemeVersions schemes) : EvaluatorPage(db, roster, schemes)
{
    [BindProperty]
    public string? Course { get; set; }

    [BindProperty]
    public DateInput CompletedOn { get; set; } = new();

    [BindProperty]
    public string? Scheme { get; set; }

    [BindProperty]
    public int? SettingId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<SelectListItem> SchemeItems =>
        [.. Schemes.Select(s => new SelectListItem($"Yes, the {s.Name}'s training: {s.Evaluator.Training}", s.Code)), new SelectListItem("No, other training", "other")];

    public IReadOnlyList<SelectListItem> SettingItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTrainingAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsCoordinator)
            return NotFound();
        var today = time.Today();
        if (string.IsNullOrWhiteSpace(Course))
            ModelState.AddModelError(nameof(Course), "Enter the name of the course");
        else if (Course.Trim().Length > EvaluatorTraining.CourseMaxLength)
            ModelState.AddModelError(nameof(Course), $"The course must be {EvaluatorTraining.CourseMaxLength} characters or fewer");
        if (CompletedOn.IsEmpty)
            ModelState.AddModelError(nameof(CompletedOn), "Enter the date the training was completed");
        else if (!CompletedOn.TryGetDate(out var on))
            ModelState.AddModelError(nameof(CompletedOn), "The date the training was completed must be a real date, like 14 3 2026");
        else if (on > today)
            ModelState.AddModelError(nameof(CompletedOn), "The date the training was completed must be today or in the past");
        if (Scheme != "other" && Schemes.All(s => s.Code != Scheme))
            ModelState.AddModelError(nameof(Scheme), "Select whether this is the scheme's training");
        if (!ModelState.IsValid)
            return Page();
        CompletedOn.TryGetDate(out var completed);
        Db.EvaluatorTrainings.Add(EvaluatorTraining.Record(Db.CurrentUser.TenantId!.Value, id, Course!, completed, Scheme == "other" ? null : Scheme,
            Db.CurrentUser.DisplayName, time.GetUtcNow(), today));
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Training recorded for {Evaluator.Name}";
        return Redirect($"/quality-mark/evaluators/{id}");
    }

    public async Task<IActionResult> OnPostConflictAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsCoordinator)
            return NotFound();
        var setting = SettingId is { } sid ? await Db.Settings.Where(s => s.Id == sid).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken) : null;
        if (setting is null)
            ModelState.AddModelError(nameof(SettingId), "Select the setting the conflict of interest is with");
        ConflictForm.CheckReason(ModelState, nameof(Reason), Reason, "Say what the conflict of interest is");
        if (setting is not null && Conflicts.Any(c => c.IsCurrent && c.SettingId == setting.Id))
            ModelState.AddModelError(nameof(SettingId), $"{Evaluator.Name} already has a conflict of interest with {setting.Name}");
        if (!ModelState.IsValid)
            return Page();
        Db.EvaluatorConflicts.Add(EvaluatorConflict.Record(Db.CurrentUser.TenantId!.Value, id, setting!.Id, Reason!, Db.CurrentUser.DisplayName, time.GetUtcNow()));
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"Conflict of interest with {setting.Name} recorded";
        return Redirect($"/quality-mark/evaluators/{id}");
    }

    protected override async Task LoadFormsAsync(CancellationToken cancellationToken)
    {
        if (!IsCoordinator)
            return;
        var settings = await Db.Settings.AsNoTracking().Where(s => s.LeftRegisterOn == null).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, s.Reference }).ToListAsync(cancellationToken);
        SettingItems = [new SelectListItem("Choose a setting", ""), .. settings.Select(s => new SelectListItem($"{s.Name} ({s.Reference})", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Id == SettingId))];
    }
}
