using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Plan;

/// The plan on one page: open goals by priority with their status, next date and what they lack to be SMART, then
/// the goals already closed.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    public List<PlanGoal> Open { get; private set; } = [];

    public List<PlanGoal> Closed { get; private set; } = [];


    public PlanSources.LastInspection? LastInspection { get; private set; }

    /// The area of the framework each waiting inspection item's goal will be linked to, as suggested then chosen.
    [BindProperty]
    public List<ItemAreaInput> ItemAreas { get; set; } = [];

    /// The framework the inspection's goals are linked to, and its areas to choose from.
    public Framework? InspectionFramework { get; private set; }

    public IReadOnlyList<SelectListItem> InspectionAreaItems { get; private set; } = [];

    /// Recommendations from notes of visit that could become goals.
    public List<Recommendation> Recommendations { get; private set; } = [];

    /// Actions agreed at visits, by the goal they belong to (null for none), in the order of the plan's goals.
    public List<IGrouping<int?, AgreedAction>> AgreedActions { get; private set; } = [];

    public PlanGoal? GoalOf(int? id) => Open.Concat(Closed).FirstOrDefault(g => g.Id == id);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostInspectionAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var last = await PlanSources.LastInspectionAsync(Db, id, cancellationToken);
        if (last is null || last.Waiting.Count == 0)
            return Redirect($"/settings/{id}/plan");
        var framework = PlanSources.FrameworkFor(Frameworks, last, Setting.Regulator, Today);
        var codes = GoalsFromActions.GoalAreas(framework).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var areas = new Dictionary<int, string?>();
        for (var i = 0; i < ItemAreas.Count; i++)
        {
            var chosen = string.IsNullOrEmpty(ItemAreas[i].AreaCode) ? null : ItemAreas[i].AreaCode;
            if (chosen is not null && !codes.Contains(chosen))
                ModelState.AddModelError($"ItemAreas[{i}].AreaCode", $"Choose the area of item {i + 1} from the list, or not linked to an area");
            areas[ItemAreas[i].ItemId] = chosen;
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var goals = PlanSources.GoalsFrom(Setting, last, framework, areas, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        Db.PlanGoals.AddRange(goals);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else pressed the button at the same moment; the unique source index kept one goal per item.
            Db.ChangeTracker.Clear();
            TempData["Message"] = "The inspection's actions are already in the plan";
            return Redirect($"/settings/{id}/plan");
        }

        TempData["Message"] = goals.Count == 1 ? "1 goal added from the inspection" : $"{goals.Count} goals added from the inspection";
        return Redirect($"/settings/{id}/plan");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var id = Setting.Id;
        LastInspection = await PlanSources.LastInspectionAsync(Db, id, cancellationToken);
        if (LastInspection is { Waiting.Count: > 0 } last)
        {
            InspectionFramework = PlanSources.FrameworkFor(Frameworks, last, Setting.Regulator, Today);
            InspectionAreaItems = AreaItemsFor(InspectionFramework?.Code);
            // Each waiting item's area as posted back, else as its words suggest.
            ItemAreas.AddRange(last.Waiting.Where(i => ItemAreas.All(a => a.ItemId != i.Id))
                .Select(i => new ItemAreaInput { ItemId = i.Id, AreaCode = GoalsFromActions.SuggestedArea(i.Text, InspectionFramework)?.Code ?? "" }));
        }

        Recommendations = await PlanSources.RecommendationsWaitingAsync(Db, id, cancellationToken);
        var goals = await Db.PlanGoals.AsNoTracking().Include(g => g.Steps)
            .Where(g => g.SettingId == id).ToListAsync(cancellationToken);
        Open = [.. goals.Where(g => g.IsOpen).OrderByDescending(g => g.Priority).ThenBy(g => g.NextDate ?? DateOnly.MaxValue).ThenBy(g => g.Id)];
        Closed = [.. goals.Where(g => !g.IsOpen).OrderByDescending(g => g.ClosedOn).ThenBy(g => g.Id)];
        var order = Open.Concat(Closed).Select((g, i) => (g.Id, i)).ToDictionary(p => p.Id, p => p.i);
        AgreedActions = [.. (await PlanSources.AgreedActionsAsync(Db, id, cancellationToken))
            .GroupBy(a => a.PlanGoalId is { } goalId && order.ContainsKey(goalId) ? a.PlanGoalId : null)
            .OrderBy(g => g.Key is { } goalId ? order[goalId] : int.MaxValue)];
    }
}

/// The area chosen for the goal of one of the inspection's actions or recommendations ("" for none).
public sealed class ItemAreaInput
{
    public int ItemId { get; set; }

    public string? AreaCode { get; set; }
}
