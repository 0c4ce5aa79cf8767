using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.People;
using Ascent.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement;

/// What the improvement plan pages share: the setting (found through the query filters, so another LA's or another
/// setting's is not found) and who the signed-in person is to it.
public abstract class PlanPage(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : SettingWorkPage(db, time)
{
    protected FrameworkRegistry Frameworks => frameworks;

    /// Showing the plan to someone outside Ascent is the owner's or manager's decision, not every practitioner's.
    public bool CanShare => CanEdit && (Db.CurrentUser.IsInRole(Roles.SettingOwner) || Db.CurrentUser.IsInRole(Roles.SettingManager));

    public string AreaName(PlanGoal goal) =>
        goal.FrameworkCode is { } code && goal.AreaCode is { } area && frameworks.TryGet(code, out var framework)
            ? framework.FindArea(area)?.Name ?? area
            : "";

    public static (string Text, string Colour) StatusTag(GoalStatus status) => status switch
    {
        GoalStatus.InProgress => ("In progress", "blue"),
        GoalStatus.Achieved => ("Achieved", "green"),
        GoalStatus.Dropped => ("Dropped", "grey"),
        _ => ("Not started", "yellow"),
    };

    public static (string Text, string Colour) PriorityTag(GoalPriority priority) => priority switch
    {
        GoalPriority.High => ("High", "red"),
        GoalPriority.Low => ("Low", "grey"),
        _ => ("Medium", "orange"),
    };

    protected Framework? CurrentFramework => frameworks.ForInspectionDate(Setting.Regulator, Today);

    /// The areas a goal may name: those of the framework it already names, else of the one the setting works to now.
    /// Goals may name a standard or element (NQS 1.3.1) as well as a whole area.
    protected IReadOnlyList<SelectListItem> AreaItemsFor(string? frameworkCode)
    {
        var framework = frameworkCode is not null && frameworks.TryGet(frameworkCode, out var kept) ? kept : CurrentFramework;
        var areas = framework is null ? [] : framework.Areas.Where(a => a.Code != framework.HeadlineAreaCode).SelectMany(a => a.Descendants().Prepend(a));
        return [new SelectListItem("Not linked to an area", ""), .. areas.Select(a => new SelectListItem(a.ScaleCode is null ? $"{a.Code} {a.Name}" : a.Name, a.Code))];
    }

    /// The whole plan for the documents: open goals by priority and next date, then the closed ones, latest first,
    /// each with its steps in order and its notes.
    protected Task<List<PlanGoal>> AllGoalsAsync(CancellationToken cancellationToken) =>
        InPlanOrderAsync(Db.PlanGoals.Where(g => g.SettingId == Setting.Id), cancellationToken);

    /// The goals of a query already narrowed to one setting, loaded and ordered as AllGoalsAsync says. The shared
    /// page narrows its own query, because it has no signed-in person for the filters to go by.
    public static async Task<List<PlanGoal>> InPlanOrderAsync(IQueryable<PlanGoal> settingGoals, CancellationToken cancellationToken)
    {
        var goals = await settingGoals.AsNoTracking()
            .Include(g => g.Steps.OrderBy(s => s.Position)).Include(g => g.Notes.OrderBy(n => n.At))
            .AsSplitQuery().ToListAsync(cancellationToken);
        return
        [
            .. goals.Where(g => g.IsOpen).OrderByDescending(g => g.Priority).ThenBy(g => g.NextDate ?? DateOnly.MaxValue).ThenBy(g => g.Id),
            .. goals.Where(g => !g.IsOpen).OrderByDescending(g => g.ClosedOn).ThenBy(g => g.Id),
        ];
    }
}
