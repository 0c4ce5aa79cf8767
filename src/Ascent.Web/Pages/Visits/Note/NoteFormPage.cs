using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Visits.Note;

/// The draft note's form: what it binds, the check of its shape (with GOV.UK messages), and the rows it shows. The
/// note applies the answers itself (VisitNote.Write, EvaluateRecommendations, SetRecommendations, SetActions).
public abstract partial class NoteFormPage(AppDbContext db) : VisitPage(db)
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

    public VisitNote? Note { get; protected set; }

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
        new("Sufficient: the setting is improving as planned", TaskOutcomes.Sufficient),
        new("Insufficient: this opens the pathway's funding-withdrawal review", TaskOutcomes.Insufficient),
    ];

    /// Copies the form onto the draft, row by row; false (with the problems in the model state) if it is not valid.
    protected bool CopyOntoDraft()
    {
        var (dates, goals) = CheckShape();
        var courses = CheckCourses();
        if (!ModelState.IsValid)
            return false;
        var note = Note!;
        Db.Entry(note).Property(n => n.Version).OriginalValue = Version;
        note.Touch();
        note.Write(new NoteWriteUp(Agenda, Attended, SeenAndDiscussed, AuditsDone, Signposting, SignpostingOther, Visit.MonitorsProgress ? Progress : null));
        note.SignpostCourses(courses);
        note.EvaluateRecommendations(Reviews.Select(r => new ReviewRow(r.Id, r.Evaluation, r.Comment)));
        note.SetRecommendations(Recommendations.Select(r => new RecommendationRow(r.Id, r.Text)));
        note.SetActions(Actions.Select((a, i) => new ActionRow(a.Id, a.IsBlank ? null : new ActionTerms(a.Text!, a.Owner!.Value, dates[i], goals[i]))));
        return true;
    }

    /// The due dates and goals of the action rows (defaults for blank rows), with any problem of the form's shape added.
    private (DateOnly[] Dates, ActionGoal[] Goals) CheckShape()
    {
        Check(Agenda, VisitNote.AgendaMaxLength, nameof(Agenda), "Agenda");
        Check(Attended, VisitNote.AttendedMaxLength, nameof(Attended), "Who attended");
        Check(SeenAndDiscussed, VisitNote.SeenAndDiscussedMaxLength, nameof(SeenAndDiscussed), "What was seen and discussed");
        Check(AuditsDone, VisitNote.AuditsDoneMaxLength, nameof(AuditsDone), "Audits done");
        Check(SignpostingOther, VisitNote.SignpostingOtherMaxLength, nameof(SignpostingOther), "Other signposting");
        Check(ReviewComment, VisitNote.ReviewCommentMaxLength, nameof(ReviewComment), "Review comments");
        if (Progress is not (null or "" or TaskOutcomes.Sufficient or TaskOutcomes.Insufficient))
            ModelState.AddModelError(nameof(Progress), "Select whether progress is sufficient");
        for (var i = 0; i < Reviews.Count; i++)
            Check(Reviews[i].Comment, RecommendationReview.CommentMaxLength, $"Reviews[{i}].Comment", $"Comment on recommendation {i + 1}");
        for (var i = 0; i < Recommendations.Count; i++)
            Check(Recommendations[i].Text, Recommendation.TextMaxLength, $"Recommendations[{i}].Text", $"Recommendation {i + 1}");
        var dates = new DateOnly[Actions.Count];
        var goals = new ActionGoal[Actions.Count];
        for (var i = 0; i < Actions.Count; i++)
        {
            var row = Actions[i];
            if (row.IsBlank)
                continue;
            if (string.IsNullOrWhiteSpace(row.Text))
                ModelState.AddModelError($"Actions[{i}].Text", $"Enter action {i + 1}, or clear its owner, date and goal");
            Check(row.Text, AgreedAction.TextMaxLength, $"Actions[{i}].Text", $"Action {i + 1}");
            if (row.Owner is null)
                ModelState.AddModelError($"Actions[{i}].Owner", $"Choose who owns action {i + 1}");
            if (!row.Due.TryGetDate(out dates[i]))
                ModelState.AddModelError($"Actions[{i}].Due", $"Enter when action {i + 1} is due, like 14 3 2027");
            goals[i] = GoalOf(row, i);
        }

        return (dates, goals);
    }

    protected void Check(string? text, int max, string field, string name)
    {
        if (text?.Length > max)
            ModelState.AddModelError(field, $"{name} must be {max:N0} characters or fewer");
    }

    protected void FillInputs()
    {
        var note = Note!;
        Agenda = note.Agenda;
        Attended = note.Attended;
        SeenAndDiscussed = note.SeenAndDiscussed;
        AuditsDone = note.AuditsDone;
        Signposting = [.. note.SignpostCodes];
        SignpostingOther = note.SignpostingOther;
        SignpostCourses = [.. note.CourseSignposts().Select(c => c.OfferItemId)];
        Progress = note.Progress;
        Reviews = [.. note.Reviews.Select(r => new ReviewInput { Id = r.Id, Evaluation = r.Evaluation, Comment = r.Comment })];
        Recommendations = [.. note.Recommendations.OrderBy(r => r.Position).Select(r => new RecommendationInput { Id = r.Id, Text = r.Text })];
        Actions = [.. note.Actions.OrderBy(a => a.Position).Select(a => new ActionInput { Id = a.Id, Text = a.Text, Owner = a.Owner, Due = DateInput.From(a.DueOn), Goal = GoalChoice(a) })];
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
}
