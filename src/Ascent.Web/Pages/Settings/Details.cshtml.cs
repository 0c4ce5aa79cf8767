using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

/// A setting's page: first what matters today (standing, latest inspection, the support under way, the next visit, the
/// plan), then the register's details and the history.
public sealed class DetailsModel(AppDbContext db, SettingSummary summaries, FrameworkRegistry frameworks, TimeProvider time) : PageModel
{
    public Setting Setting { get; private set; } = null!;

    public Inspection? LatestInspection { get; private set; }

    public SettingSummary.Summary Summary { get; private set; } = null!;

    public IReadOnlyList<ChangeEvent> Events { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// The setting's support cases, newest first; the query filters leave this empty for setting staff.
    public IReadOnlyList<Domain.Cases.SupportCase> Cases { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// Support cases are the LA's own work: a setting's staff never see them, so their page does not speak of one.
    public bool SeesSupport => !Roles.SettingRoles.Any(User.IsInRole);

    public bool CanEditGroupings => Roles.GroupingEditors.Any(User.IsInRole);

    public bool CanEditContacts => CanEditGroupings || User.IsInRole(Roles.SettingOwner) || User.IsInRole(Roles.SettingManager);

    /// The framework's name for an inspection ("Early years inspection framework (EIF)"), never its code when it is known.
    public string FrameworkName(Inspection inspection) =>
        frameworks.TryGet(inspection.FrameworkCode, out var framework) ? framework.Name : inspection.FrameworkCode;

    /// An inspection's grades under their areas' names: the overall grade first where the framework has one, then each
    /// area in the framework's order.
    public IReadOnlyList<(string Area, GradeView Grade)> GradesOf(Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (!frameworks.TryGet(inspection.FrameworkCode, out var framework))
            return [.. inspection.Grades.Select(g => (g.AreaCode, new GradeView(inspection.FrameworkCode, g.AreaCode, g.GradeCode)))];
        var rows = new List<(string, GradeView)>();
        if (framework.HeadlineArea is { } headline)
            rows.Add((headline.Name, new GradeView(framework.Code, headline.Code, inspection.OverallGrade)));
        var order = framework.AllAreas.Select(a => a.Code).ToList();
        rows.AddRange(inspection.Grades
            .Where(g => g.AreaCode != framework.HeadlineAreaCode)
            .OrderBy(g => order.IndexOf(g.AreaCode) is var i && i >= 0 ? i : int.MaxValue)
            .Select(g => (framework.FindArea(g.AreaCode)?.Name ?? g.AreaCode, new GradeView(framework.Code, g.AreaCode, g.GradeCode))));
        return rows;
    }

    // Another tenant's setting is filtered out by AppDbContext, so it is simply not found.
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var setting = await db.Settings.AsNoTracking()
            .Include(s => s.Inspections).ThenInclude(i => i.Grades)
            .Include(s => s.Inspections).ThenInclude(i => i.Items)
            .Include(s => s.EnforcementEvents)
            .Include(s => s.Contacts)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id);
        if (setting is null)
            return NotFound();
        Setting = setting;
        LatestInspection = setting.Inspections.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).FirstOrDefault();
        Today = time.Today();
        Summary = await summaries.ReadAsync(id, Today);
        Cases = await db.Cases.AsNoTracking().Where(c => c.SettingId == id).OrderByDescending(c => c.Id).ToListAsync();
        Events = await db.ChangeEvents.AsNoTracking().Where(e => e.SettingId == id).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        return Page();
    }
}
