using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Goal;

/// Adding a goal, or changing one: what it is about, the outcome sought, priority, success measure, by when, and the
/// steps with who does each by when.
public sealed class EditModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    private const int BlankSteps = 3;

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Issue { get; set; }

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public GoalPriority Priority { get; set; } = GoalPriority.Medium;

    [BindProperty]
    public string? SuccessMeasure { get; set; }

    [BindProperty]
    public DateInput ByWhen { get; set; } = new();

    [BindProperty]
    public List<StepInput> Steps { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    /// The self-evaluation area a new goal is being made from (its area for development), when it is.
    [BindProperty(SupportsGet = true)]
    public int? FromArea { get; set; }

    /// The self-evaluation area whose parents' and staff's views a new goal answers, when it does.
    [BindProperty(SupportsGet = true)]
    public int? FromFeedback { get; set; }

    /// The recommendation from an issued note of visit a new goal is being made from, when it is.
    [BindProperty(SupportsGet = true)]
    public int? FromRecommendation { get; set; }

    /// The setting's action agreed at a visit, linked to no goal yet, that a new goal is being made from, when it is.
    [BindProperty(SupportsGet = true)]
    public int? FromAction { get; set; }

    /// Where a new goal comes from, with the words copied into it and what the page says about them.
    public NewGoalSource? NewSource { get; private set; }

    public PlanGoal? Goal { get; private set; }

    /// After a save that came second: the merge put in the form, and who saved in between.
    public GoalMerge? Merge { get; private set; }

    public PlanGoalRevision? SavedMeanwhile { get; private set; }

    public GoalSnapshot? Saved { get; private set; }

    public string FieldText(GoalSnapshot goal, GoalField field) => PlanHistory.Text(goal, field, Goal?.FrameworkCode, Frameworks);

    public IReadOnlyList<SelectListItem> AreaItems { get; private set; } = [];

    /// What a step may link to: the setting's bookings and the published offer (training identified in the plan).
    public StepTraining Training { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PriorityItems { get; } =
        [new("High", nameof(GoalPriority.High)), new("Medium", nameof(GoalPriority.Medium)), new("Low", nameof(GoalPriority.Low))];

    public async Task<IActionResult> OnGetAsync(int id, int? goalId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, goalId, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return goalId is null ? Redirect($"/settings/{id}/plan") : Redirect($"/plan-goals/{goalId}");
        if (Goal is { } goal)
        {
            Fill(GoalSnapshot.Of(goal));
            Version = goal.Version;
        }
        else if (NewSource is { } source)
        {
            Issue = source.Issue;
            Outcome = source.Outcome;
            Area = AreaItems.Any(a => a.Value == source.AreaCode) ? source.AreaCode : null;
        }

        PadSteps();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? goalId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, goalId, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var byWhen = Validate(out var steps);
        if (!ModelState.IsValid)
        {
            PadSteps();
            return Page();
        }

        var goal = Goal ?? new PlanGoal(Setting, NewSource?.Source ?? GoalSource.Own, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        var framework = string.IsNullOrEmpty(Area) ? null : goal.FrameworkCode ?? CurrentFramework?.Code;
        goal.Describe(Outcome!, Issue, framework, Area, Priority, SuccessMeasure, byWhen);
        goal.PlanSteps(steps);
        Training.Link(goal, Steps);
        if (Goal is null)
        {
            Db.PlanGoals.Add(goal);
            if (FromAction is { } actionId && await Db.AgreedActions.FirstOrDefaultAsync(a => a.Id == actionId && a.SettingId == id, cancellationToken) is { PlanGoalId: null, MakesNewGoal: false } action)
                action.LinkGoal(goal);
        }
        else
            Db.Entry(goal).Property(g => g.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved the goal meanwhile. Merge: what only they changed is taken, what only this person
            // changed is kept, and what both changed is shown side by side for this person to settle.
            var mine = GoalSnapshot.Of(goal);
            var started = Version;
            Db.ChangeTracker.Clear();
            await LoadAsync(id, goalId, cancellationToken);
            await MergeAsync(started, mine, cancellationToken);
            PadSteps();
            return Page();
        }

        TempData["Message"] = Goal is null ? "Goal added to the plan" : "Goal saved";
        return Redirect($"/plan-goals/{goal.Id}");
    }

    private async Task MergeAsync(int started, GoalSnapshot mine, CancellationToken cancellationToken)
    {
        var (merge, saved, meanwhile) = await GoalConflicts.MergeAsync(Db, Goal!, started, mine, cancellationToken);
        (Merge, Saved, SavedMeanwhile) = (merge, saved, meanwhile);
        Fill(merge.Merged);
        Version = Goal!.Version;
        // The form shows the merge, not what was posted.
        ModelState.Clear();
        ModelState.AddModelError(nameof(Outcome), merge.Conflicts.Count == 0
            ? "Someone else changed this goal while you had it open. Their changes and yours are combined below: check them and save again."
            : "Someone else changed this goal while you had it open, in some of the same places as you. Choose what to keep and save again.");
    }

    private void Fill(GoalSnapshot goal)
    {
        (Outcome, Issue, Area, Priority, SuccessMeasure) = (goal.Outcome, goal.Issue, goal.AreaCode, goal.Priority, goal.SuccessMeasure);
        ByWhen = DateInput.From(goal.ByWhen);
        Steps = [.. goal.Steps.Select(StepInput.From)];
    }

    private DateOnly? Validate(out List<PlannedStep> steps)
    {
        if (string.IsNullOrWhiteSpace(Outcome))
            ModelState.AddModelError(nameof(Outcome), "Enter the outcome you want");
        else if (Outcome.Length > PlanGoal.OutcomeMaxLength)
            ModelState.AddModelError(nameof(Outcome), $"The outcome must be {PlanGoal.OutcomeMaxLength:N0} characters or fewer");
        if (Issue?.Length > PlanGoal.IssueMaxLength)
            ModelState.AddModelError(nameof(Issue), $"The issue must be {PlanGoal.IssueMaxLength:N0} characters or fewer");
        if (SuccessMeasure?.Length > PlanGoal.SuccessMeasureMaxLength)
            ModelState.AddModelError(nameof(SuccessMeasure), $"The success measure must be {PlanGoal.SuccessMeasureMaxLength:N0} characters or fewer");
        if (!string.IsNullOrEmpty(Area) && AreaItems.All(a => a.Value != Area))
            ModelState.AddModelError(nameof(Area), "Select an area from the list");
        DateOnly? byWhen = null;
        if (!ByWhen.IsEmpty)
        {
            if (ByWhen.TryGetDate(out var date))
                byWhen = date;
            else
                ModelState.AddModelError(nameof(ByWhen), "Enter a real date for when the goal should be met");
        }

        steps = StepInput.Check(Steps, ModelState);
        Training.Check(Steps, ModelState);
        return byWhen;
    }

    private void PadSteps()
    {
        for (var i = 0; i < BlankSteps; i++)
            Steps.Add(new StepInput());
    }

    private async Task<bool> LoadAsync(int id, int? goalId, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        if (goalId is not null)
        {
            Goal = await Db.PlanGoals.Include(g => g.Steps).FirstOrDefaultAsync(g => g.Id == goalId && g.SettingId == id, cancellationToken);
            if (Goal is null)
                return false;
        }

        if (goalId is null)
        {
            var (found, source) = await GoalSources.NewGoalSourceAsync(Db, Frameworks, id, new(FromArea, FromFeedback, FromRecommendation, FromAction), cancellationToken);
            if (!found)
                return false;
            NewSource = source;
        }

        AreaItems = AreaItemsFor(Goal?.FrameworkCode);
        Training = await StepTraining.ForSettingAsync(Db, id, cancellationToken);
        return true;
    }
}
