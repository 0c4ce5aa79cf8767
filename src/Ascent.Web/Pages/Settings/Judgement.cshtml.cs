using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

/// Records a judgement by hand, as soon as the report is published, instead of waiting for the regulator's next
/// file: first the framework, then a grade for each of its areas. The next import recognises the same inspection by
/// its number and date.
[Authorize(Policy = Policies.EditGroupings)]
public sealed class JudgementModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, RegisterEvents events, IServiceProvider services) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Framework { get; set; }

    [BindProperty]
    public DateInput InspectedOn { get; set; } = new();

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string InspectionType { get; set; } = "Full inspection";

    [BindProperty]
    public Dictionary<string, string?> Grades { get; set; } = [];

    public Setting Setting { get; private set; } = null!;

    public Framework? Chosen { get; private set; }

    public IEnumerable<SelectListItem> FrameworkItems => frameworks.All.Where(f => f.Regulator == Setting.Regulator)
        .OrderByDescending(f => f.ValidFrom).Select(f => new SelectListItem(f.Name, f.Code));

    public IEnumerable<FrameworkArea> GradedAreas => Chosen?.AllAreas.Where(a => a.ScaleCode is not null) ?? [];

    public IEnumerable<SelectListItem> GradeItems(FrameworkArea area) =>
        [new("Not graded", ""), .. Chosen!.ScaleFor(area.Code).GradesBestFirst.Select(v => new SelectListItem(v.Label, v.Code, Grades.GetValueOrDefault(area.Code) == v.Code))];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (Chosen is null)
            return Page();
        var today = time.Today();
        if (!InspectedOn.TryGetDate(out var date) || date > today)
            ModelState.AddModelError(nameof(InspectedOn), "Enter the date of the inspection, today or earlier");
        var given = GradedAreas.Where(a => !string.IsNullOrEmpty(Grades.GetValueOrDefault(a.Code))).ToList();
        if (given.Count == 0)
            ModelState.AddModelError("Grades", "Select at least one grade");
        if (given.Any(a => Chosen.ScaleFor(a.Code).Find(Grades[a.Code]!) is null))
            ModelState.AddModelError("Grades", "Select grades from the lists");
        if (Number?.Length > 20)
            ModelState.AddModelError(nameof(Number), "The inspection number must be 20 characters or fewer");
        else if (FreeText.Trimmed(Number) is { } number && await db.Inspections.AnyAsync(i => i.SettingId == Setting.Id && i.Number == number, cancellationToken))
            // The regulator numbers each inspection once; the register's import matches inspections by it.
            ModelState.AddModelError(nameof(Number), "This setting already has an inspection with that number");
        if (string.IsNullOrWhiteSpace(InspectionType) || InspectionType.Length > 100)
            ModelState.AddModelError(nameof(InspectionType), "Enter the type of inspection, in 100 characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var overall = Chosen.HeadlineAreaCode is { } headline ? Grades.GetValueOrDefault(headline) : null;
        var inspection = new Inspection(Setting, FreeText.Trimmed(Number), date, InspectionType.Trim(), Chosen.Code, string.IsNullOrEmpty(overall) ? null : overall);
        foreach (var area in given)
            inspection.SetGrade(area.Code, Grades[area.Code]!);
        Setting.Inspections.Add(inspection);
        var change = events.Judged(Setting, inspection);
        await db.SaveChangesAsync(cancellationToken);
        await PathwayEventsWorker.RunForEventAsync(services, change.Id, cancellationToken);
        TempData["Message"] = $"Judgement of {Format.Date(date)} recorded";
        return Redirect($"/settings/{id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var setting = await db.Settings.Include(s => s.Inspections).FirstOrDefaultAsync(s => s.Id == id);
        if (setting is null)
            return false;
        Setting = setting;
        Chosen = Framework is not null && frameworks.TryGet(Framework, out var framework) && framework.Regulator == setting.Regulator ? framework : null;
        // The form shows a list for every graded area, so each needs an entry, even before anything is chosen.
        foreach (var area in GradedAreas)
            Grades.TryAdd(area.Code, null);
        return true;
    }
}
