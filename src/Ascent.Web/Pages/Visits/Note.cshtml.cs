using Ascent.Web.Domain.Calendar;
using Ascent.Web.Services.Cases;
using Ascent.Web.Data;
using Ascent.Web.Domain;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits;

/// The note of a visit. LA staff write the draft (evaluating the carried-forward recommendations, adding new ones and
/// agreed actions), may ask the Senior Improvement Adviser to review it, and issue it; after that it is read-only
/// and corrected by addenda. The setting sees it once issued, and acknowledges it.
public sealed class NoteModel(AppDbContext db, TimeProvider time, NoteWork work) : VisitPage(db)
{
    public const int BlankRecommendations = 2;
    public const int BlankActions = 3;

    [BindProperty]
    public string? Agenda { get; set; }

    [BindProperty]
    public string? Attended { get; set; }

    [BindProperty]
    public string? SeenAndDiscussed { get; set; }

    [BindProperty]
    public string? AuditsDone { get; set; }

    [BindProperty]
    public List<string> Signposting { get; set; } = [];

    [BindProperty]
    public string? SignpostingOther { get; set; }

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public List<ReviewInput> Reviews { get; set; } = [];

    [BindProperty]
    public List<RecommendationInput> Recommendations { get; set; } = [];

    [BindProperty]
    public List<ActionInput> Actions { get; set; } = [];

    [BindProperty]
    public string? ReviewComment { get; set; }

    [BindProperty]
    public string? Addendum { get; set; }

    public VisitNote? Note { get; private set; }

    public bool CanEdit => IsLocalAuthority && Note is { IsIssued: false };

    public bool CanReview => CanEdit && Db.CurrentUser.IsInRole(Roles.SeniorImprovementAdviser);

    public IReadOnlyList<SelectListItem> EvaluationItems { get; } =
    [
        new("Met", nameof(Evaluation.Met)),
        new("Partly met", nameof(Evaluation.PartlyMet)),
        new("Not met", nameof(Evaluation.NotMet)),
    ];

    public IReadOnlyList<SelectListItem> OwnerItems { get; } =
    [
        new("Choose an owner", ""),
        new("The setting", nameof(VisitParty.Setting)),
        new("The local authority", nameof(VisitParty.LocalAuthority)),
    ];

    public IReadOnlyList<SelectListItem> SignpostItems { get; } = [.. Signposts.All.Select(s => new SelectListItem(s.Name, s.Code))];

    public IReadOnlyList<SelectListItem> ProgressItems { get; } =
    [
        new("Sufficient: the setting is improving as planned", CaseWork.Sufficient),
        new("Insufficient: this opens the pathway's funding-withdrawal review", CaseWork.Insufficient),
    ];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Note is null)
            return IsLocalAuthority ? Redirect($"/visits/{id}") : NotFound();
        if (CanEdit)
        {
            await work.CarryForwardAsync(Note, cancellationToken);
            FillInputs();
        }

        Version = Note.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsLocalAuthority || Visit.Status == VisitStatus.Cancelled)
            return Forbid();
        if (Note is null)
        {
            await work.StartAsync(Visit, cancellationToken);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A colleague started it at the same moment (one note per visit): theirs is the note.
                Db.ChangeTracker.Clear();
            }
        }

        return Redirect($"/visits/{id}/note");
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        SaveDraftAsync(id, "Draft saved", note => { }, cancellationToken);

    public async Task<IActionResult> OnPostRequestReviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        await work.CarryForwardAsync(Note!, cancellationToken);
        if (!Apply())
            return Page();
        await work.RequestReviewAsync(Note!, Visit, cancellationToken);
        return await SaveAsync(id, "Draft saved and sent to the Senior Improvement Adviser for review", cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanReview)
            return Forbid();
        return await SaveDraftAsync(id, "Review recorded: the adviser can see your comments", note => note.Review(Db.CurrentUser.DisplayName, ReviewComment, time.GetUtcNow()), cancellationToken, loaded: true);
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        await work.CarryForwardAsync(Note!, cancellationToken);
        if (!Apply())
            return Page();
        foreach (var (field, problem) in NoteWork.ProblemsBeforeIssuing(Note!, Visit))
            ModelState.AddModelError(field, problem);
        if (!ModelState.IsValid)
            return Page();
        await work.IssueAsync(Note!, Visit, cancellationToken);
        return await SaveAsync(id, "Note issued. It has been sent to the setting and your colleagues.", cancellationToken);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsSettingLeader || Note is not { IsIssued: true })
            return Forbid();
        work.Acknowledge(Note, Visit);
        return await SaveAsync(id, "Thank you: you have acknowledged the note of visit", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddendumAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!IsLocalAuthority || Note is not { IsIssued: true })
            return Forbid();
        if (string.IsNullOrWhiteSpace(Addendum))
            ModelState.AddModelError(nameof(Addendum), "Enter the addendum");
        else if (Addendum.Length > 8000)
            ModelState.AddModelError(nameof(Addendum), "Addendum must be 8,000 characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        await work.AddAddendumAsync(Note, Visit, Addendum!, cancellationToken);
        return await SaveAsync(id, "Addendum added and sent to the setting", cancellationToken);
    }

    private async Task<IActionResult> SaveDraftAsync(int id, string message, Action<VisitNote> then, CancellationToken cancellationToken, bool loaded = false)
    {
        if (!loaded && !await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        await work.CarryForwardAsync(Note!, cancellationToken);
        if (!Apply())
            return Page();
        then(Note!);
        return await SaveAsync(id, message, cancellationToken);
    }

    /// Copies the form onto the draft, row by row; false (with the problems in the model state) if it is not valid.
    private bool Apply()
    {
        var note = Note!;
        Check(Agenda, 4000, nameof(Agenda), "Agenda");
        Check(Attended, 2000, nameof(Attended), "Who attended");
        Check(SeenAndDiscussed, 20000, nameof(SeenAndDiscussed), "What was seen and discussed");
        Check(AuditsDone, 2000, nameof(AuditsDone), "Audits done");
        Check(SignpostingOther, 2000, nameof(SignpostingOther), "Other signposting");
        Check(ReviewComment, 4000, nameof(ReviewComment), "Review comments");
        if (Progress is not (null or "" or CaseWork.Sufficient or CaseWork.Insufficient))
            ModelState.AddModelError(nameof(Progress), "Select whether progress is sufficient");
        for (var i = 0; i < Reviews.Count; i++)
            Check(Reviews[i].Comment, 2000, $"Reviews[{i}].Comment", $"Comment on recommendation {i + 1}");
        for (var i = 0; i < Recommendations.Count; i++)
            Check(Recommendations[i].Text, 2000, $"Recommendations[{i}].Text", $"Recommendation {i + 1}");
        var dates = new DateOnly[Actions.Count];
        for (var i = 0; i < Actions.Count; i++)
        {
            var row = Actions[i];
            if (row.IsBlank)
                continue;
            if (string.IsNullOrWhiteSpace(row.Text))
                ModelState.AddModelError($"Actions[{i}].Text", $"Enter action {i + 1}, or clear its owner and date");
            Check(row.Text, 2000, $"Actions[{i}].Text", $"Action {i + 1}");
            Check(row.PlanGoal, 300, $"Actions[{i}].PlanGoal", $"Improvement plan goal for action {i + 1}");
            if (row.Owner is null)
                ModelState.AddModelError($"Actions[{i}].Owner", $"Choose who owns action {i + 1}");
            if (!row.Due.TryGetDate(out dates[i]))
                ModelState.AddModelError($"Actions[{i}].Due", $"Enter when action {i + 1} is due, like 14 3 2027");
        }

        if (!ModelState.IsValid)
            return false;

        Db.Entry(note).Property(n => n.Version).OriginalValue = Version;
        note.Touch();
        note.Agenda = FreeText.Trimmed(Agenda);
        note.Attended = FreeText.Trimmed(Attended);
        note.SeenAndDiscussed = FreeText.Trimmed(SeenAndDiscussed);
        note.AuditsDone = FreeText.Trimmed(AuditsDone);
        note.Signposting = string.Join(',', Signposting.Where(s => Signposts.All.Any(p => p.Code == s)).Distinct());
        note.SignpostingOther = FreeText.Trimmed(SignpostingOther);
        note.Progress = Visit.MonitorsProgress ? FreeText.Trimmed(Progress) : null;
        foreach (var input in Reviews)
        {
            if (note.Reviews.FirstOrDefault(r => r.Id == input.Id) is { } review)
            {
                review.Evaluation = input.Evaluation;
                review.Comment = FreeText.Trimmed(input.Comment);
            }
        }

        foreach (var input in Recommendations)
        {
            var existing = input.Id is { } rid ? note.Recommendations.FirstOrDefault(r => r.Id == rid) : null;
            if (string.IsNullOrWhiteSpace(input.Text))
            {
                if (existing is not null)
                    note.Recommendations.Remove(existing);
                continue;
            }

            if (existing is null)
                note.Recommendations.Add(new Recommendation(note, input.Text, note.Recommendations.Select(r => r.Position).DefaultIfEmpty().Max() + 1));
            else
                existing.Edit(input.Text);
        }

        for (var i = 0; i < Actions.Count; i++)
        {
            var input = Actions[i];
            var existing = input.Id is { } aid ? note.Actions.FirstOrDefault(a => a.Id == aid) : null;
            if (input.IsBlank)
            {
                if (existing is not null)
                    note.Actions.Remove(existing);
                continue;
            }

            if (existing is null)
                note.Actions.Add(new AgreedAction(note, input.Text!, input.Owner!.Value, dates[i], input.PlanGoal, note.Actions.Select(a => a.Position).DefaultIfEmpty().Max() + 1));
            else
                existing.Update(input.Text!, input.Owner!.Value, dates[i], input.PlanGoal);
        }

        return true;
    }

    private void Check(string? text, int max, string field, string name)
    {
        if (text?.Length > max)
            ModelState.AddModelError(field, $"{name} must be {max:N0} characters or fewer");
    }

    private async Task<IActionResult> SaveAsync(int id, string message, CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            Version = Note?.Version ?? 0;
            ModelState.AddModelError(nameof(SeenAndDiscussed), "Someone else changed this note while you had it open. Your version is below and theirs is saved: compare them, then save again.");
            return Page();
        }

        TempData["Message"] = message;
        return Redirect($"/visits/{id}/note");
    }

    private void FillInputs()
    {
        var note = Note!;
        Agenda = note.Agenda;
        Attended = note.Attended;
        SeenAndDiscussed = note.SeenAndDiscussed;
        AuditsDone = note.AuditsDone;
        Signposting = [.. note.SignpostCodes];
        SignpostingOther = note.SignpostingOther;
        Progress = note.Progress;
        Reviews = [.. note.Reviews.Select(r => new ReviewInput { Id = r.Id, Evaluation = r.Evaluation, Comment = r.Comment })];
        Recommendations = [.. note.Recommendations.OrderBy(r => r.Position).Select(r => new RecommendationInput { Id = r.Id, Text = r.Text })];
        Actions = [.. note.Actions.OrderBy(a => a.Position).Select(a => new ActionInput { Id = a.Id, Text = a.Text, Owner = a.Owner, Due = DateInput.From(a.DueOn), PlanGoal = a.PlanGoal })];
    }

    /// Adds blank rows after those saved (or posted back, kept in their posted order so errors stay with their row),
    /// so more recommendations and actions can be added without JavaScript.
    public void EnsureBlankRows()
    {
        var blankRecommendations = Recommendations.Count(r => r.Id is null && string.IsNullOrWhiteSpace(r.Text));
        for (var i = blankRecommendations; i < BlankRecommendations; i++)
            Recommendations.Add(new RecommendationInput());
        var blankActions = Actions.Count(a => a.Id is null && a.IsBlank);
        for (var i = blankActions; i < BlankActions; i++)
            Actions.Add(new ActionInput());
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadVisitAsync(id, cancellationToken))
            return false;
        Note = await Db.VisitNotes
            .Include(n => n.Reviews.OrderBy(r => r.Id)).ThenInclude(r => r.Recommendation).ThenInclude(r => r!.Note)
            .Include(n => n.Recommendations).Include(n => n.Actions).Include(n => n.Addenda)
            .AsSplitQuery().FirstOrDefaultAsync(n => n.VisitId == id, cancellationToken);
        return true;
    }
}
