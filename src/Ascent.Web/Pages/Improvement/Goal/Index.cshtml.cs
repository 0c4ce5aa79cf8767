using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Evidence;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Goal;

/// One goal: its steps, where it came from, dated progress notes and the adviser's comments, its status and, once
/// closed, the review of its impact. The setting writes progress and moves the status; the LA's staff comment.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, SettingNotifier notifier, EvidenceService evidence) : PlanPage(db, time, frameworks)
{
    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public GoalStatus? Status { get; set; }

    [BindProperty]
    public string? DroppedReason { get; set; }

    [BindProperty]
    public string? ImpactDifference { get; set; }

    [BindProperty]
    public string? ImpactChildren { get; set; }

    [BindProperty]
    public string? ImpactEvidence { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public PlanGoal Goal { get; private set; } = null!;

    /// Where the goal's source can be read, when Ascent holds it.
    public string? SourceHref { get; private set; }

    /// The setting's evidence chosen for this goal.
    public EvidenceList ChosenEvidence { get; private set; } = null!;

    /// Actions agreed at visits that belong to this goal.
    public List<AgreedAction> AgreedActions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StatusItems { get; } =
    [
        new("Not started", nameof(GoalStatus.NotStarted)),
        new("In progress", nameof(GoalStatus.InProgress)),
        new("Achieved", nameof(GoalStatus.Achieved)),
        new("Dropped", nameof(GoalStatus.Dropped)),
    ];

    /// Training identified in the plan, by step id.
    public IReadOnlyDictionary<int, StepTrainingLine> TrainingOf { get; private set; } = new Dictionary<int, StepTrainingLine>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        FillFromGoal();
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit && !IsLocalAuthority)
            return Forbid();
        var what = CanEdit ? "progress note" : "comment";
        if (string.IsNullOrWhiteSpace(NoteText))
            ModelState.AddModelError(nameof(NoteText), $"Enter your {what}");
        else if (NoteText.Length > GoalNote.TextMaxLength)
            ModelState.AddModelError(nameof(NoteText), $"Your {what} must be {GoalNote.TextMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        Goal.AddNote(CanEdit ? GoalNoteKind.Progress : GoalNoteKind.AdviserComment, NoteText!, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        if (!CanEdit)
            await notifier.NotifyLeadersAsync(Goal.TenantId, Goal.SettingId, $"{Db.CurrentUser.DisplayName} commented on your improvement plan goal: {Goal.Outcome}", $"/plan-goals/{id}", cancellationToken);
        return await SaveAsync(id, CanEdit ? "Progress note added" : "Comment added. The setting can see it.", checkVersion: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (Status is null)
            ModelState.AddModelError(nameof(Status), "Select the goal's status");
        if (Status == GoalStatus.Dropped && string.IsNullOrWhiteSpace(DroppedReason))
            ModelState.AddModelError(nameof(DroppedReason), "Say why the goal is dropped");
        if (DroppedReason?.Length > PlanGoal.DroppedReasonMaxLength)
            ModelState.AddModelError(nameof(DroppedReason), $"The reason must be {PlanGoal.DroppedReasonMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        Goal.ChangeStatus(Status!.Value, DroppedReason, Today);
        return await SaveAsync(id, "Status saved", checkVersion: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostImpactAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (Goal.IsOpen)
            ModelState.AddModelError(nameof(ImpactDifference), "Review the impact once the goal is achieved or dropped");
        foreach (var (value, name) in new[] { (ImpactDifference, nameof(ImpactDifference)), (ImpactChildren, nameof(ImpactChildren)), (ImpactEvidence, nameof(ImpactEvidence)) })
        {
            if (value?.Length > PlanGoal.ImpactMaxLength)
                ModelState.AddModelError(name, $"Each answer must be {PlanGoal.ImpactMaxLength:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
            return Page();

        Goal.ReviewImpact(ImpactDifference, ImpactChildren, ImpactEvidence);
        return await SaveAsync(id, "Impact review saved", checkVersion: true, cancellationToken);
    }

    /// Notes are added, never changed, so they are not checked against the version the person loaded.
    private async Task<IActionResult> SaveAsync(int id, string message, bool checkVersion, CancellationToken cancellationToken)
    {
        if (checkVersion)
            Db.Entry(Goal).Property(g => g.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the goal meanwhile: show what is saved now, with this person's input kept.
            Db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Version = Goal.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, "Someone else changed this goal while you had it open. Your input is below: check it and save again.");
            return Page();
        }

        TempData["Message"] = message;
        return Redirect($"/plan-goals/{id}");
    }

    private void FillFromGoal()
    {
        Status = Goal.Status;
        DroppedReason = Goal.DroppedReason;
        ImpactDifference = Goal.ImpactDifference;
        ImpactChildren = Goal.ImpactChildren;
        ImpactEvidence = Goal.ImpactEvidence;
        Version = Goal.Version;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var goal = await Db.PlanGoals.Include(g => g.Steps).Include(g => g.Notes).AsSplitQuery().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (goal is null || !await LoadSettingAsync(goal.SettingId, cancellationToken))
            return false;
        Goal = goal;
        SourceHref = await GoalSources.HrefAsync(Db, goal, cancellationToken);
        ChosenEvidence = EvidenceList.ForGoal(await evidence.ForGoalAsync(goal.Id, cancellationToken), Today, goal.SettingId, goal.Id, CanEdit);
        AgreedActions = await PlanSources.AgreedActionsAsync(Db, goal.SettingId, cancellationToken, goal.Id);
        TrainingOf = await StepTrainingLine.ForStepsAsync(Db, [.. goal.Steps], cancellationToken);
        return true;
    }
}
