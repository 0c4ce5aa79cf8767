using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Plan;

/// The plan on one page: open goals by priority with their status, next date and what they lack to be SMART, then
/// the goals already closed.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    public List<PlanGoal> Open { get; private set; } = [];

    public List<PlanGoal> Closed { get; private set; } = [];


    public PlanSources.LastInspection? LastInspection { get; private set; }

    /// Recommendations from notes of visit that could become goals.
    public List<Recommendation> Recommendations { get; private set; } = [];

    /// Actions agreed at visits, by the plan goal they name ("" for none).
    public List<IGrouping<string, AgreedAction>> AgreedActions { get; private set; } = [];

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
        var goals = PlanSources.GoalsFrom(Setting, last, Db.CurrentUser.DisplayName, Time.GetUtcNow());
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
        Recommendations = await PlanSources.RecommendationsWaitingAsync(Db, id, cancellationToken);
        AgreedActions = [.. (await PlanSources.AgreedActionsAsync(Db, id, cancellationToken)).GroupBy(a => a.PlanGoal ?? "").OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)];
        var goals = await Db.PlanGoals.AsNoTracking().Include(g => g.Steps)
            .Where(g => g.SettingId == id).ToListAsync(cancellationToken);
        Open = [.. goals.Where(g => g.IsOpen).OrderByDescending(g => g.Priority).ThenBy(g => g.NextDate ?? DateOnly.MaxValue).ThenBy(g => g.Id)];
        Closed = [.. goals.Where(g => !g.IsOpen).OrderByDescending(g => g.ClosedOn).ThenBy(g => g.Id)];
    }
}
