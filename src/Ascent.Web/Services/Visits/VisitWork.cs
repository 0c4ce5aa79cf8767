using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Cases;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Web.Services.Visits;

/// What happens to a visit: planned, rescheduled, held or cancelled. Every change the setting must know about puts
/// an e-mail with an updated invitation in the outbox, in the same unit of work; the caller saves (planning saves
/// itself, in one transaction). A visit from a
/// case's plan moves the case: holding it completes the visit task, a cancellation by the setting counts towards
/// the pathway's cancellations-per-term rule.
public sealed class VisitWork(AppDbContext db, TimeProvider time, CurrentUser user, VisitRecipients recipients, Outbox outbox, Links links, CaseWork caseWork)
{
    public static string TimeZoneFor(string nation) =>
        nation.Equals("Australia", StringComparison.OrdinalIgnoreCase) ? "Australia/Sydney" : "Europe/London";

    /// Plans a visit today or later and invites the setting. A visit on a day already past is recorded afterwards.
    public async Task<Visit> PlanAsync(Setting setting, VisitPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(plan);
        if (Visit.HasPassed(plan.Schedule.Date, time.Today()))
            throw new InvalidOperationException("A visit on a day already past is recorded afterwards, not planned.");
        var visit = Fill(new Visit(setting, plan.Purpose, plan.Title, plan.Schedule, user.DisplayName, time.GetUtcNow()), plan);
        await SetAttendeesAsync(visit, plan.Colleagues, cancellationToken);
        // Saved first so the invitation can link to the visit's page; the visit and its e-mail commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Visits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        await InviteAsync(visit, setting, "Visit planned", VisitCalendar.Request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return visit;
    }

    /// Records a visit on a day already past as held, the person having confirmed it: the setting is sent no
    /// invitation, and a visit from a case's plan completes its task as holding a planned one does.
    public async Task<Visit> RecordAfterwardsAsync(Setting setting, VisitPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(plan);
        var visit = Fill(Visit.RecordedAfterwards(setting, plan.Purpose, plan.Title, plan.Schedule, user.DisplayName, time.GetUtcNow(), time.Today()), plan);
        await SetAttendeesAsync(visit, plan.Colleagues, cancellationToken);
        db.Visits.Add(visit);
        await CompleteCaseTaskAsync(visit, visit.Date, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return visit;
    }

    public async Task RescheduleAsync(Visit visit, VisitSchedule schedule, IReadOnlyCollection<Guid> colleagues, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(schedule);
        var moved = visit.Date != schedule.Date || visit.StartTime != schedule.StartTime;
        visit.Reschedule(schedule, reason, time.Today());
        await SetAttendeesAsync(visit, colleagues, cancellationToken);
        await InviteAsync(visit, visit.Setting!, moved ? "Visit rescheduled" : "Visit updated", VisitCalendar.Request, cancellationToken);
    }

    public async Task CancelAsync(Visit visit, VisitParty by, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        visit.Cancel(by, reason, time.GetUtcNow());
        if (by == VisitParty.Setting && await CaseTaskAsync(visit, cancellationToken) is var (supportCase, task) && task.State == CaseTaskState.Open)
        {
            // The pathway books the visit again and checks its two-cancellations-in-a-term rule.
            await caseWork.CancelledBySettingAsync(supportCase, task, reason.Trim(), cancellationToken);
        }

        await InviteAsync(visit, visit.Setting!, "Visit cancelled", VisitCalendar.Cancel, cancellationToken);
    }

    /// Records a planned visit as held; a day other than the planned one must have been confirmed by the person.
    public async Task RecordHeldAsync(Visit visit, DateOnly heldOn, bool otherDayConfirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        visit.RecordHeld(heldOn, time.Today(), otherDayConfirmed);
        await CompleteCaseTaskAsync(visit, heldOn, cancellationToken);
    }

    /// The case and visit task a visit carries out, loaded for tracking.
    public async Task<(SupportCase Case, CaseTask Task)?> CaseTaskAsync(Visit visit, CancellationToken cancellationToken)
    {
        if (visit.CaseId is not { } caseId || visit.CaseTaskId is not { } taskId)
            return null;
        // The visit passed the query filters, so its own case may be read for it: a setting's leader who cancels a
        // visit moves the LA's case (the pathway's cancellation rule) without being able to see cases otherwise.
        var supportCase = await db.Cases.IgnoreQueryFilters().Include(c => c.Tasks)
            .FirstOrDefaultAsync(c => c.Id == caseId && c.TenantId == visit.TenantId && c.SettingId == visit.SettingId, cancellationToken);
        var task = supportCase?.Tasks.FirstOrDefault(t => t.Id == taskId);
        return supportCase is null || task is null ? null : (supportCase, task);
    }

    private Visit Fill(Visit visit, VisitPlan plan)
    {
        visit.CaseId = plan.CaseTask?.CaseId;
        visit.CaseTaskId = plan.CaseTask?.Id;
        visit.VisitNumber = plan.CaseTask?.VisitNumber;
        visit.Focus = plan.Focus;
        visit.Accompanied = plan.Accompanied;
        visit.MonitorsProgress = plan.CaseTask?.RecordsProgress ?? plan.Purpose == VisitPurposes.Monitoring;
        visit.PlannedById = user.UserId;
        return visit;
    }

    private async Task CompleteCaseTaskAsync(Visit visit, DateOnly heldOn, CancellationToken cancellationToken)
    {
        if (await CaseTaskAsync(visit, cancellationToken) is var (supportCase, task) && task.State == CaseTaskState.Open && supportCase.IsOpen)
        {
            // Progress, for a monitoring visit, is judged in the note when it is issued.
            await caseWork.CompleteAsync(supportCase, task, $"Visit held on {Format.Date(heldOn)}", null, null, heldOn, cancellationToken);
        }
    }

    private async Task SetAttendeesAsync(Visit visit, IReadOnlyCollection<Guid> colleagues, CancellationToken cancellationToken)
    {
        var people = await db.Users.Where(u => colleagues.Contains(u.Id) && u.IsActive && u.TenantId == visit.TenantId && u.SettingId == null)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        visit.Attendees.RemoveAll(a => people.All(p => p.Id != a.UserId));
        foreach (var person in people.Where(p => visit.Attendees.All(a => a.UserId != p.Id)))
            visit.Attendees.Add(new VisitAttendee(person.Id, person.DisplayName, person.Email ?? ""));
    }

    private async Task InviteAsync(Visit visit, Setting setting, string what, string method, CancellationToken cancellationToken)
    {
        var message = await recipients.MessageAsync(visit, $"{what}: {visit.Title}, {setting.Name}, {Format.Date(visit.Date)}", cancellationToken);
        if (message is null)
            return;
        var organizer = await OrganizerAsync(visit, cancellationToken);
        message.ReplyTo.Add(organizer);
        var body = Body(visit, setting, what, method);
        var calendar = VisitCalendar.Create(visit, setting.Name, organizer, message.To.Mailboxes.Concat(message.Cc.Mailboxes), method, body);
        var invitation = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(calendar))),
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = method == VisitCalendar.Cancel ? "visit-cancelled.ics" : "visit.ics",
        };
        invitation.ContentType.Parameters.Add("method", method);
        invitation.ContentType.Charset = "utf-8";
        message.Body = new Multipart("mixed") { new TextPart("plain") { Text = body }, invitation };
        outbox.Add(message, visit.TenantId);
    }

    // The calendar event's organiser stays the person who planned the visit, whoever changes or cancels it, so
    // calendar programs accept the update as coming from the event's owner.
    private async Task<MailboxAddress> OrganizerAsync(Visit visit, CancellationToken cancellationToken)
    {
        var organizerId = visit.PlannedById ?? user.UserId;
        var person = organizerId is { } id
            ? await db.Users.IgnoreQueryFilters().Where(u => u.Id == id && u.TenantId == visit.TenantId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return !string.IsNullOrEmpty(person?.Email) ? new MailboxAddress(person.DisplayName, person.Email) : (MailboxAddress)outbox.NewMessage().From[0];
    }

    private string Body(Visit visit, Setting setting, string what, string method)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{what}: {visit.Title} at {setting.Name} ({setting.Reference}).").AppendLine().AppendLine();
        if (method == VisitCalendar.Cancel)
        {
            text.Append(CultureInfo.InvariantCulture, $"The visit on {Format.Date(visit.Date)} at {Format.Time(visit.StartTime)} is cancelled");
            text.AppendLine(visit.CancelledBy == VisitParty.Setting ? " at the setting's request." : " by the local authority.");
            if (visit.CancellationReason is not null)
                text.AppendLine("Reason: " + visit.CancellationReason);
            return text.ToString();
        }

        text.AppendLine("When: " + Format.Date(visit.Date) + ", " + Format.Time(visit.StartTime) + " to " + Format.Time(visit.StartTime.AddMinutes(visit.DurationMinutes)));
        text.AppendLine((visit.Mode == VisitMode.Online ? "Online: " : "Where: ") + visit.Location);
        if (visit.Attendees.Count > 0)
            text.AppendLine("From the local authority: " + string.Join(", ", visit.Attendees.Select(a => a.Name)));
        if (visit.SettingAttendees is not null)
            text.AppendLine("From the setting: " + visit.SettingAttendees);
        if (visit.Focus is not null)
            text.AppendLine().AppendLine("Focus of the visit:").AppendLine(visit.Focus);
        if (visit.Agenda is not null)
            text.AppendLine().AppendLine("Agenda:").AppendLine(visit.Agenda);
        text.AppendLine().AppendLine("Before the visit, please:");
        text.AppendLine("- inform anyone who needs to know of it (owner, trustees, directors, nominated person, area quality manager for a chain)");
        text.AppendLine("- alert your staff, so plans can be put in place");
        text.AppendLine("- send your most recent setting improvement plan and your self-evaluation");
        text.AppendLine("- tell us what has happened since the last visit and what you want to discuss");
        text.AppendLine().AppendLine("You can do all of this in Ascent: " + links.Absolute($"/visits/{visit.Id}/preparation"));
        return text.ToString();
    }
}

/// What the planner chose: purpose, title, when and where, colleagues attending, and the case visit it carries out.
public sealed record VisitPlan(string Purpose, string Title, VisitSchedule Schedule, string? Focus, bool Accompanied, IReadOnlyCollection<Guid> Colleagues, CaseTask? CaseTask);
