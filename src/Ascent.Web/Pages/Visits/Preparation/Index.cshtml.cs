using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Preparation;

/// The setting's part of the visit, before it happens: the checklist from the Kent strategy, what has happened since
/// the last visit, progress on each open action, what it wants to discuss, and its documents.
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : VisitPage(db)
{
    public const string InformedOwners = "informed-owners";
    public const string AlertedStaff = "alerted-staff";
    public const string SentPlan = "sent-plan";
    public const string SentSelfEvaluation = "sent-self-evaluation";

    [BindProperty]
    public List<string> Checklist { get; set; } = [];

    [BindProperty]
    public string? SinceLastVisit { get; set; }

    [BindProperty]
    public string? ToDiscuss { get; set; }

    [BindProperty]
    public List<ActionProgressInput> Actions { get; set; } = [];

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public List<AgreedAction> OpenActions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ChecklistItems { get; } =
    [
        new("We have told everyone who needs to know: owner, trustees, directors, nominated person, or area quality manager for a chain", InformedOwners),
        new("We have alerted our staff, so plans can be put in place", AlertedStaff),
        new("We have sent our most recent setting improvement plan (attach it below)", SentPlan),
        new("We have sent our self-evaluation (attach it below)", SentSelfEvaluation),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsSettingLeader || !Visit.IsPlanned)
            return Redirect($"/visits/{id}");
        var prep = Visit.Preparation;
        Checklist = [.. new[] { (prep.InformedOwners, InformedOwners), (prep.AlertedStaff, AlertedStaff), (prep.SentImprovementPlan, SentPlan), (prep.SentSelfEvaluation, SentSelfEvaluation) }
            .Where(c => c.Item1).Select(c => c.Item2)];
        SinceLastVisit = prep.SinceLastVisit;
        ToDiscuss = prep.ToDiscuss;
        Actions = [.. OpenActions.Select(a => new ActionProgressInput { Id = a.Id, Progress = a.Progress })];
        Version = Visit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsSettingLeader)
            return Forbid();
        if (!Visit.IsPlanned)
            ModelState.AddModelError(nameof(SinceLastVisit), "This visit is no longer planned");
        if (SinceLastVisit?.Length > VisitPreparation.SinceLastVisitMaxLength)
            ModelState.AddModelError(nameof(SinceLastVisit), $"What has happened since the last visit must be {VisitPreparation.SinceLastVisitMaxLength:N0} characters or fewer");
        if (ToDiscuss?.Length > VisitPreparation.ToDiscussMaxLength)
            ModelState.AddModelError(nameof(ToDiscuss), $"What you want to discuss must be {VisitPreparation.ToDiscussMaxLength:N0} characters or fewer");
        for (var i = 0; i < Actions.Count; i++)
        {
            if (Actions[i].Progress?.Length > AgreedAction.ProgressMaxLength)
                ModelState.AddModelError($"Actions[{i}].Progress", $"Progress on action {i + 1} must be {AgreedAction.ProgressMaxLength:N0} characters or fewer");
        }

        var documents = new List<CheckedUpload>();
        foreach (var file in Files)
        {
            var (document, problem) = await Uploads.CheckAsync(file, VisitDocument.MaxBytes, cancellationToken);
            if (problem is not null)
                ModelState.AddModelError(nameof(Files), problem);
            else
                documents.Add(document!);
        }

        if (!ModelState.IsValid)
            return Page();

        var now = time.GetUtcNow();
        var answers = new PreparationAnswers(Checklist.Contains(InformedOwners), Checklist.Contains(AlertedStaff), Checklist.Contains(SentPlan), Checklist.Contains(SentSelfEvaluation), SinceLastVisit, ToDiscuss);
        Visit.Prepare(answers, Db.CurrentUser.DisplayName, now);
        Db.Entry(Visit).Property(v => v.Version).OriginalValue = Version;
        foreach (var input in Actions)
        {
            var action = OpenActions.FirstOrDefault(a => a.Id == input.Id);
            if (action is not null && (input.Done || FreeText.Trimmed(input.Progress) != action.Progress))
                action.ReportProgress(input.Progress, input.Done, time.Today(), now);
        }

        foreach (var document in documents)
            Visit.AddDocument(document.FileName, document.ContentType, await document.ReadAsync(cancellationToken), Db.CurrentUser.DisplayName, now);

        if (await SaveVisitAsync(id, nameof(SinceLastVisit), "Someone else saved this preparation while you had it open. Your answers are below: check them and save again (attach any files again).", LoadAsync, cancellationToken) is { } conflict)
            return conflict;

        TempData["Message"] = "Your preparation is saved. Your adviser can see it.";
        return Redirect($"/visits/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadVisitAsync(id, cancellationToken))
            return false;
        OpenActions = await Db.AgreedActions
            .Where(a => a.SettingId == Visit.SettingId && a.IsPublished && a.Status == ActionStatus.Open && a.Owner == VisitParty.Setting)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return true;
    }
}

public sealed class ActionProgressInput
{
    public int Id { get; set; }

    public string? Progress { get; set; }

    public bool Done { get; set; }
}
