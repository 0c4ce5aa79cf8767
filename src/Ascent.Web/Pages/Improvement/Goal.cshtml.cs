using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Services.Improvement;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement;

/// Adding a goal, or changing one: what it is about, the outcome sought, priority, success measure, by when, and the
/// steps with who does each by when.
public sealed class GoalModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
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

    /// Where a new goal comes from, with the words copied into it and what the page says about them.
    public (GoalSource Source, string? Issue, string? AreaCode, string Explanation)? NewSource { get; private set; }

    public PlanGoal? Goal { get; private set; }

    /// After a save that came second: the merge put in the form, and who saved in between.
    public GoalMerge? Merge { get; private set; }

    public PlanGoalRevision? SavedMeanwhile { get; private set; }

    public GoalSnapshot? Saved { get; private set; }

    public string FieldText(GoalSnapshot goal, GoalField field) => PlanHistory.Text(goal, field, Goal?.FrameworkCode, Frameworks);

    public IReadOnlyList<SelectListItem> AreaItems { get; private set; } = [];

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
            Outcome = goal.Outcome;
            Issue = goal.Issue;
            Area = goal.AreaCode;
            Priority = goal.Priority;
            SuccessMeasure = goal.SuccessMeasure;
            ByWhen = DateInput.From(goal.ByWhen);
            Steps = [.. goal.Steps.OrderBy(s => s.Position).Select(s => new StepInput { Text = s.Text, Owner = s.Owner, Due = DateInput.From(s.DueOn), Done = s.Done })];
            Version = goal.Version;
        }
        else if (NewSource is { } source)
        {
            Issue = source.Issue;
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
        if (Goal is null)
            Db.PlanGoals.Add(goal);
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
        var goal = Goal!;
        var revisions = await Db.PlanGoalRevisions.AsNoTracking().Where(r => r.GoalId == goal.Id && (r.Version == started || r.Version == goal.Version))
            .ToListAsync(cancellationToken);
        SavedMeanwhile = revisions.Where(r => r.Version == goal.Version).MaxBy(r => r.Id);
        Saved = GoalSnapshot.Of(goal);
        Merge = GoalMerge.Of(revisions.Where(r => r.Version == started).MaxBy(r => r.Id)?.Read(), Saved, mine, GoalMerge.FormFields);
        var merged = Merge.Merged;
        Outcome = merged.Outcome;
        Issue = merged.Issue;
        Area = merged.AreaCode;
        Priority = merged.Priority;
        SuccessMeasure = merged.SuccessMeasure;
        ByWhen = DateInput.From(merged.ByWhen);
        Steps = [.. merged.Steps.Select(s => new StepInput { Text = s.Text, Owner = s.Owner, Due = DateInput.From(s.DueOn), Done = s.Done })];
        Version = goal.Version;
        // The form shows the merge, not what was posted.
        ModelState.Clear();
        ModelState.AddModelError(nameof(Outcome), Merge.Conflicts.Count == 0
            ? "Someone else changed this goal while you had it open. Their changes and yours are combined below: check them and save again."
            : "Someone else changed this goal while you had it open, in some of the same places as you. Choose what to keep and save again.");
    }

    private DateOnly? Validate(out List<(string, string?, DateOnly?, bool)> steps)
    {
        steps = [];
        if (string.IsNullOrWhiteSpace(Outcome))
            ModelState.AddModelError(nameof(Outcome), "Enter the outcome you want");
        else if (Outcome.Length > 1000)
            ModelState.AddModelError(nameof(Outcome), "The outcome must be 1,000 characters or fewer");
        if (Issue?.Length > 4000)
            ModelState.AddModelError(nameof(Issue), "The issue must be 4,000 characters or fewer");
        if (SuccessMeasure?.Length > 2000)
            ModelState.AddModelError(nameof(SuccessMeasure), "The success measure must be 2,000 characters or fewer");
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

        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            if (step.IsBlank)
                continue;
            if (string.IsNullOrWhiteSpace(step.Text))
                ModelState.AddModelError($"Steps[{i}].Text", $"Enter what step {i + 1} is");
            else if (step.Text.Length > 1000)
                ModelState.AddModelError($"Steps[{i}].Text", $"Step {i + 1} must be 1,000 characters or fewer");
            if (step.Owner?.Length > 200)
                ModelState.AddModelError($"Steps[{i}].Owner", $"Who does step {i + 1} must be 200 characters or fewer");
            DateOnly? due = null;
            if (!step.Due.IsEmpty)
            {
                if (step.Due.TryGetDate(out var d))
                    due = d;
                else
                    ModelState.AddModelError($"Steps[{i}].Due", $"Enter a real date for step {i + 1}");
            }

            if (!string.IsNullOrWhiteSpace(step.Text))
                steps.Add((step.Text, step.Owner, due, step.Done));
        }

        return byWhen;
    }

    private string AreaNameIn(string frameworkCode, string areaCode) =>
        Frameworks.TryGet(frameworkCode, out var framework) ? framework.FindArea(areaCode)?.Name ?? areaCode : areaCode;

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

        if (goalId is null && !await LoadSourceAsync(id, cancellationToken))
            return false;

        AreaItems = [new SelectListItem("Not linked to an area", ""), .. AreasFor(Goal?.FrameworkCode).Select(a => new SelectListItem(a.ScaleCode is null ? $"{a.Code} {a.Name}" : a.Name, a.Code))];
        return true;
    }

    /// The source named in the address, found through the query filters and by this setting's id, so only the
    /// setting's own self-evaluation and its published recommendations are found.
    private async Task<bool> LoadSourceAsync(int id, CancellationToken cancellationToken)
    {
        if ((FromArea ?? FromFeedback) is { } areaId)
        {
            var area = await Db.SelfEvaluationAreas.Include(a => a.Evaluation).FirstOrDefaultAsync(a => a.Id == areaId && a.SettingId == id, cancellationToken);
            if (area is null)
                return false;
            var where = $"self-evaluation started on {Infrastructure.Format.Date(area.Evaluation!.StartedOn)}: {AreaNameIn(area.Evaluation.FrameworkCode, area.AreaCode)}";
            NewSource = FromArea is not null
                ? (new GoalSource(GoalSourceKind.SelfEvaluationArea, area.Id, "S" + where[1..]), area.ForDevelopment, area.AreaCode, "From your self-evaluation: the area for development is copied below.")
                : (new GoalSource(GoalSourceKind.Feedback, area.Id, "What parents and staff said in the " + where), null, area.AreaCode, "From what parents and staff said about this area: write the issue they raised below.");
        }
        else if (FromRecommendation is { } recommendationId)
        {
            var recommendation = await Db.Recommendations.Include(r => r.Note).FirstOrDefaultAsync(r => r.Id == recommendationId && r.SettingId == id, cancellationToken);
            if (recommendation is null)
                return false;
            NewSource = (new GoalSource(GoalSourceKind.VisitRecommendation, recommendation.Id, $"Recommendation from the note of visit: {recommendation.Text}"),
                recommendation.Text, null, "From a recommendation in a note of visit: it is copied below as the issue.");
        }

        return true;
    }

    private IEnumerable<FrameworkArea> AreasFor(string? frameworkCode)
    {
        var framework = frameworkCode is not null && Frameworks.TryGet(frameworkCode, out var kept) ? kept : CurrentFramework;
        if (framework is null)
            return [];
        // Goals may name a standard or element (NQS 1.3.1) as well as a whole area.
        return framework.Areas.Where(a => a.Code != framework.HeadlineAreaCode).SelectMany(a => a.Descendants().Prepend(a));
    }
}
