using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Web.Services.Visits;

/// The life of a note of visit: started from its template with the setting's open recommendations carried forward
/// to be evaluated, issued (locked, e-mailed with its Word copy, progress fed to the case), acknowledged by the
/// setting, corrected only by addenda. The caller saves.
public sealed class NoteWork(AppDbContext db, TimeProvider time, CurrentUser user, VisitRecipients recipients, Outbox outbox, Links links, CaseWork caseWork, VisitWork visits, Domain.Calendar.BankHolidays holidays, Domain.Frameworks.FrameworkRegistry frameworks)
{
    /// Working days a setting has to acknowledge an issued note before it appears on the adviser's task list.
    public const int AcknowledgeWithinWorkingDays = 10;

    public async Task<NoteTemplate> TemplateAsync(int tenantId, string purpose, CancellationToken cancellationToken) =>
        await db.NoteTemplates.FirstOrDefaultAsync(t => t.TenantId == tenantId && t.Purpose == purpose, cancellationToken)
            ?? NoteTemplateDefaults.For(tenantId, purpose);

    public async Task<VisitNote> StartAsync(Visit visit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var purpose = visit.MonitorsProgress ? VisitPurposes.Monitoring : visit.Purpose;
        var template = await TemplateAsync(visit.TenantId, purpose, cancellationToken);
        var attended = string.Join(", ", visit.Attendees.Select(a => a.Name).Append(visit.SettingAttendees).Where(n => !string.IsNullOrWhiteSpace(n)));
        var note = new VisitNote(visit, user.UserId ?? Guid.Empty, user.DisplayName, template, time.GetUtcNow(), attended);
        db.VisitNotes.Add(note);
        await CarryForwardAsync(note, cancellationToken);
        return note;
    }

    /// Adds an evaluation for every recommendation still open from the setting's issued notes, oldest first. Run
    /// again before issuing, so one issued meanwhile is not skipped.
    public async Task CarryForwardAsync(VisitNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.IsIssued)
            return;
        var open = await db.Recommendations.Include(r => r.Note)
            .Where(r => r.SettingId == note.SettingId && r.IsPublished && r.Status == RecommendationStatus.Open && r.NoteId != note.Id)
            .OrderBy(r => r.Note!.IssuedAt).ThenBy(r => r.Position).ToListAsync(cancellationToken);
        note.CarryForward(open);
    }

    /// What stops a note being issued, as (field, message) pairs for the error summary.
    public static List<(string Field, string Message)> ProblemsBeforeIssuing(VisitNote note, Visit visit)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        var problems = new List<(string, string)>();
        if (visit.Status != VisitStatus.Held)
            problems.Add(("HeldOn", "Record the visit as held before issuing its note"));
        if (string.IsNullOrWhiteSpace(note.SeenAndDiscussed))
            problems.Add(("SeenAndDiscussed", "Enter what was seen and discussed"));
        for (var i = 0; i < note.Reviews.Count; i++)
        {
            if (note.Reviews[i].Evaluation is null)
                problems.Add(($"Reviews[{i}].Evaluation", $"Evaluate recommendation {i + 1} from the previous note: met, partly met or not met"));
        }

        if (visit.MonitorsProgress && note.Progress is not (TaskOutcomes.Sufficient or TaskOutcomes.Insufficient))
            problems.Add(("Progress", "Select whether progress since the last visit is sufficient"));
        return problems;
    }

    public async Task IssueAsync(VisitNote note, Visit visit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        var today = time.Today();
        MakeGoalsFromActions(note, visit, today);
        note.Issue(user.DisplayName, today, time.GetUtcNow());
        if (visit.MonitorsProgress && note.Progress is { } progress && await visits.CaseTaskAsync(visit, cancellationToken) is var (supportCase, task))
            await caseWork.RecordProgressAsync(supportCase, task, progress, cancellationToken);

        var message = await recipients.MessageAsync(visit, $"Note of visit: {visit.Title}, {visit.Setting!.Name}, {Format.Date(visit.HeldOn ?? visit.Date)}", cancellationToken);
        if (message is null)
            return;
        var text = NoteText.Plain(note, visit);
        var body = new TextPart("plain")
        {
            Text = $"The note of your visit on {Format.Date(visit.HeldOn ?? visit.Date)} has been issued. Please read it and acknowledge it in Ascent:\n"
                + links.Absolute($"/visits/{visit.Id}/note") + "\n\nA Word copy is attached.\n\n" + text
                + string.Concat(note.CourseSignposts().Select(c => $"{c.Title}: {links.Absolute(c.Link)}\n")),
        };
        var document = new MimePart("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
        {
            Content = new MimeContent(new MemoryStream(NoteDocument.Create(note, visit))),
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = NoteDocument.FileName(visit),
        };
        message.Body = new Multipart("mixed") { body, document };
        outbox.Add(message, visit.TenantId);
    }

    /// A new goal in the setting's plan for each of its actions that asks for one, now the setting can see the note.
    private void MakeGoalsFromActions(VisitNote note, Visit visit, DateOnly today)
    {
        var asking = note.Actions.Where(a => a.MakesNewGoal).OrderBy(a => a.Position).ToList();
        if (asking.Count == 0)
            return;
        var setting = visit.Setting ?? throw new InvalidOperationException("The visit's setting is loaded to issue its note.");
        var framework = frameworks.ForInspectionDate(setting.Regulator, today);
        foreach (var action in asking)
        {
            var goal = GoalsFromActions.FromAgreedAction(setting, action, visit.HeldOn ?? visit.Date, framework, user.DisplayName, time.GetUtcNow());
            db.PlanGoals.Add(goal);
            action.LinkMadeGoal(goal);
        }
    }

    /// The setting has read the note: its author hears so in Ascent.
    public void Acknowledge(VisitNote note, Visit visit)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        var now = time.GetUtcNow();
        note.Acknowledge(user.DisplayName, now);
        if (note.AuthorId != Guid.Empty)
            db.Notifications.Add(new Notification(note.TenantId, note.AuthorId, $"{user.DisplayName} acknowledged the note of {visit.Title} at {visit.Setting?.Name}.", $"/visits/{visit.Id}/note", now, email: false));
    }

    /// The adviser asks for a review: the LA's Senior Improvement Advisers are told in Ascent.
    public async Task RequestReviewAsync(VisitNote note, Visit visit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        var now = time.GetUtcNow();
        note.RequestReview(now);
        var seniors = await db.ActiveUsersInRoles(Domain.People.Roles.SeniorImprovementAdviser)
            .Where(u => u.TenantId == note.TenantId && u.SettingId == null).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var senior in seniors)
            db.Notifications.Add(new Notification(note.TenantId, senior, $"{user.DisplayName} asks you to review the note of {visit.Title} at {visit.Setting?.Name}.", $"/visits/{visit.Id}/note", now, email: false));
    }

    public async Task AddAddendumAsync(VisitNote note, Visit visit, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        note.AddAddendum(text, user.DisplayName, time.GetUtcNow());
        var message = await recipients.MessageAsync(visit, $"Addendum to the note of visit: {visit.Title}, {visit.Setting!.Name}", cancellationToken);
        if (message is null)
            return;
        message.Body = new TextPart("plain")
        {
            Text = $"{user.DisplayName} added to the note of the visit on {Format.Date(visit.HeldOn ?? visit.Date)}:\n\n{text.Trim()}\n\nThe note and its addenda: {links.Absolute($"/visits/{visit.Id}/note")}\n",
        };
        outbox.Add(message, visit.TenantId);
    }

    /// Issued notes the setting has not acknowledged within the allowed working days, for the adviser's task list.
    public async Task<List<UnacknowledgedNote>> UnacknowledgedAsync(Guid authorId, CancellationToken cancellationToken)
    {
        var issued = await db.VisitNotes.AsNoTracking()
            .Where(n => n.AuthorId == authorId && n.Status == NoteStatus.Issued && n.AcknowledgedAt == null)
            .Select(n => new { n.VisitId, n.IssuedOn, n.Visit!.Title, SettingName = n.Visit.Setting!.Name, n.TenantId })
            .ToListAsync(cancellationToken);
        if (issued.Count == 0)
            return [];
        var nation = await db.Tenants.Where(t => t.Id == issued[0].TenantId).Select(t => t.Nation).SingleAsync(cancellationToken);
        var days = holidays.For(nation);
        var today = time.Today();
        return [.. issued
            .Select(n => new UnacknowledgedNote(n.VisitId, n.Title, n.SettingName, n.IssuedOn!.Value, days.Add(n.IssuedOn.Value, AcknowledgeWithinWorkingDays)))
            .Where(n => n.DueOn <= today)
            .OrderBy(n => n.DueOn)];
    }
}

public sealed record UnacknowledgedNote(int VisitId, string Title, string SettingName, DateOnly IssuedOn, DateOnly DueOn);
