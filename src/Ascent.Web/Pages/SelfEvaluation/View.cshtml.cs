using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Services.Evidence;
using Ascent.Web.Services.Improvement;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// One self-evaluation in full, finished or in progress: what the LA reads and comments on, area by area, and the
/// record of a finished snapshot with the voices of parents and staff it gathered.
public sealed class ViewModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, SettingNotifier notifier, EvidenceService evidence) : PageModel
{
    /// One box per area, so each keeps its own words and error; the area comes with the button pressed.
    [BindProperty]
    public Dictionary<string, string?> Comments { get; set; } = [];

    public Evaluation Evaluation { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public Framework Framework { get; private set; } = null!;

    /// The setting's own staff may turn an area for development into a goal of their improvement plan.
    public bool CanPlan => db.CurrentUser.SettingId == Evaluation.SettingId && Roles.SettingRoles.Any(db.CurrentUser.IsInRole);

    /// The LA's own staff comment; the setting reads the comments.
    public bool CanComment => db.CurrentUser.SettingId == null && Roles.LocalAuthorityRoles.Any(db.CurrentUser.IsInRole);

    public EvaluationFeedback Feedback { get; private set; } = EvaluationFeedback.None;

    /// Goals made from each area of this self-evaluation, by the area's id: the way back from source to goal.
    public ILookup<int, (int Id, string Outcome)> Goals { get; private set; } = Enumerable.Empty<(int, (int, string))>().ToLookup(x => x.Item1, x => x.Item2);

    /// The evidence chosen for each area, by the area's id.
    public Dictionary<int, List<Domain.Evidence.EvidenceItem>> ChosenEvidence { get; private set; } = [];

    public EvidenceList EvidenceFor(AreaEvaluation area) =>
        EvidenceList.ForArea(ChosenEvidence.GetValueOrDefault(area.Id) ?? [], time.Today(), Evaluation.SettingId, area, CanPlan && !Evaluation.IsFinished);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(int id, string? area, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanComment)
            return Forbid();
        if (area is null || Framework.FindArea(area) is not { } found || Evaluation.Areas.All(a => a.AreaCode != area))
            return NotFound();
        var text = Comments.GetValueOrDefault(area);
        var field = $"{nameof(Comments)}[{area}]";
        if (string.IsNullOrWhiteSpace(text))
            ModelState.AddModelError(field, $"Enter your comment on {found.Name}");
        else if (text.Trim().Length > EvaluationComment.MaxLength)
            ModelState.AddModelError(field, $"Your comment must be {EvaluationComment.MaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var by = db.CurrentUser.DisplayName;
        db.SelfEvaluationComments.Add(new EvaluationComment(Evaluation, area, text!, db.CurrentUser.UserId ?? Guid.Empty, by, time.GetUtcNow()));
        // The draft's area page is where the setting works on it; a finished one is read here.
        var link = Evaluation.IsFinished ? $"/self-evaluations/{id}#area-{area}" : $"/settings/{Evaluation.SettingId}/self-evaluation/{area}";
        await notifier.NotifyLeadersAsync(Evaluation.TenantId, Evaluation.SettingId, $"{by} commented on {found.Name} in your self-evaluation.", link, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Comment added. The setting can see it.";
        return Redirect($"/self-evaluations/{id}#comments-{area}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var evaluation = await db.SelfEvaluations.AsNoTracking().Include(e => e.Areas).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (evaluation is null)
            return false;
        var name = await db.Settings.Where(s => s.Id == evaluation.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
            return false;
        Evaluation = evaluation;
        SettingName = name;
        Framework = frameworks.Get(evaluation.FrameworkCode);
        var areaIds = evaluation.Areas.Select(a => (int?)a.Id).ToList();
        var goals = await db.PlanGoals.Where(g => g.SourceKind == GoalSourceKind.SelfEvaluationArea && areaIds.Contains(g.SourceId))
            .Select(g => new { g.Id, g.Outcome, g.SourceId }).ToListAsync(cancellationToken);
        Goals = goals.ToLookup(g => g.SourceId!.Value, g => (g.Id, g.Outcome));
        ChosenEvidence = await evidence.ByAreaAsync(evaluation.Areas.Select(a => a.Id), cancellationToken);
        Feedback = await EvaluationFeedbackReader.LoadAsync(db, id, cancellationToken);
        foreach (var area in evaluation.Areas)
            Comments.TryAdd(area.AreaCode, null);
        return true;
    }
}
