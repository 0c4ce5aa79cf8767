using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A partnership as its meetings' pages name it.
public sealed record PartnershipHeading(int Id, string Name, bool IsClosed);

/// A meeting in a partnership's list.
public sealed record MeetingRow(int Id, string Series, DateOnly Date, TimeOnly Start, TimeOnly End, MeetingMode Mode, string? Venue, string? HostName, MeetingStatus Status, bool Invited);

/// A current member, to host a meeting or to be marked present.
public sealed record MemberChoice(int Id, int? SettingId, string Name);

/// What the planner entered: the series (found by title, or started), the dates, and where.
public sealed record MeetingSchedule(string SeriesTitle, MeetingFrequency Frequency, IReadOnlyList<MeetingTimes> Dates, MeetingPlace Place);

/// An action carried forward into a later meeting, with the meeting it came from.
public sealed record CarriedAction(int Id, int Version, string What, string Owner, DateOnly? DueOn, int FromMeetingId, DateOnly FromDate);

/// Reads and plans a partnership's meetings, and changes, invites and cancels them. Reads through the query filters:
/// a setting finds only its own partnerships' meetings.
public sealed class PartnershipMeetings(AppDbContext db, TimeProvider time, MeetingInvitations invitations)
{
    public const string Stale = "Someone else changed this meeting after you opened the page. Check it as it is now and try again";

    public Task<PartnershipHeading?> PartnershipAsync(int id, CancellationToken cancellationToken) =>
        db.Partnerships.AsNoTracking().Where(p => p.Id == id).Select(p => new PartnershipHeading(p.Id, p.Name, p.ClosedOn != null)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<MeetingRow>> ListAsync(int partnershipId, CancellationToken cancellationToken) =>
        await db.Meetings.AsNoTracking().Where(m => m.PartnershipId == partnershipId).OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new MeetingRow(m.Id, m.Series.Title, m.Date, m.StartTime, m.EndTime, m.Mode, m.Venue, m.HostName, m.Status, m.InvitedAt != null))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MemberChoice>> MembersAsync(int partnershipId, CancellationToken cancellationToken) =>
        await db.PartnershipMembers.AsNoTracking().Where(m => m.PartnershipId == partnershipId && m.LeftOn == null).OrderBy(m => m.SettingId == null).ThenBy(m => m.Name)
            .Select(m => new MemberChoice(m.Id, m.SettingId, m.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> SeriesTitlesAsync(int partnershipId, CancellationToken cancellationToken) =>
        await db.MeetingSeries.AsNoTracking().Where(s => s.PartnershipId == partnershipId).OrderBy(s => s.Title).Select(s => s.Title).ToListAsync(cancellationToken);

    /// The meeting with its series, agenda, attendance (as the filters show it) and actions; not tracked.
    public Task<Meeting?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Meetings.AsNoTracking().AsSplitQuery().Include(m => m.Series).Include(m => m.Agenda).Include(m => m.Attendance).Include(m => m.Actions)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// Every action not yet done from the partnership's earlier meetings.
    public async Task<IReadOnlyList<CarriedAction>> CarriedForwardAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return await db.MeetingActions.AsNoTracking()
            .Where(a => a.PartnershipId == meeting.PartnershipId && a.DoneOn == null && a.MeetingId != meeting.Id
                && (a.Meeting.Date < meeting.Date || (a.Meeting.Date == meeting.Date && a.MeetingId < meeting.Id)))
            .OrderBy(a => a.Meeting.Date).ThenBy(a => a.Id)
            .Select(a => new CarriedAction(a.Id, a.Version, a.What, a.Owner, a.DueOn, a.MeetingId, a.Meeting.Date)).ToListAsync(cancellationToken);
    }

    /// Plans the dates in the series of that title (started if the partnership has none of it). Returns the meetings.
    public async Task<IReadOnlyList<Meeting>> PlanAsync(int partnershipId, MeetingSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var partnership = await db.Partnerships.FirstAsync(p => p.Id == partnershipId, cancellationToken);
        var title = schedule.SeriesTitle.Trim();
        var series = await db.MeetingSeries.FirstOrDefaultAsync(s => s.PartnershipId == partnershipId && s.Title == title, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (series is null)
        {
            series = new MeetingSeries(partnership, title, schedule.Frequency, db.CurrentUser.DisplayName, time.GetUtcNow());
            db.MeetingSeries.Add(series);
            await db.SaveChangesAsync(cancellationToken);
        }

        var meetings = schedule.Dates.OrderBy(d => d.Date).Select(d => Meeting.Plan(series, d, schedule.Place, db.CurrentUser.DisplayName)).ToList();
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return meetings;
    }

    /// How many people the last InviteAsync of this request wrote to: the page says so, and says when it was no one.
    public int InvitationsSent { get; private set; }

    /// Sends the invitations; the reason when they cannot go (a meeting in the past, cancelled, or changed since).
    public Task<string?> InviteAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, async meeting =>
        {
            meeting.Invite(time.Today(), time.GetUtcNow());
            InvitationsSent = await invitations.SendAsync(meeting, MeetingCalendar.Request, "Invitation", cancellationToken);
        }, cancellationToken);

    /// Moves the meeting or changes its place; invited members get an update (same UID, SEQUENCE + 1).
    public Task<string?> RescheduleAsync(int id, int version, MeetingTimes when, MeetingPlace where, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, async meeting =>
        {
            if (meeting.Reschedule(when, where) && meeting.IsInvited)
                await invitations.SendAsync(meeting, MeetingCalendar.Request, "Meeting changed", cancellationToken);
        }, cancellationToken);

    /// Cancels the meeting; invited members get a cancellation (METHOD:CANCEL).
    public Task<string?> CancelAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, async meeting =>
        {
            meeting.Cancel();
            if (meeting.IsInvited)
                await invitations.SendAsync(meeting, MeetingCalendar.Cancel, "Meeting cancelled", cancellationToken);
        }, cancellationToken);

    /// Loads the meeting to change it, refuses a stale version, applies the change and saves it with what it queued,
    /// in one transaction. Null when saved; otherwise the reason, and nothing is saved.
    public async Task<string?> ChangeAsync(int id, int version, Func<Meeting, Task> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var meeting = await db.Meetings.Include(m => m.Series).Include(m => m.Agenda).Include(m => m.Attendance).Include(m => m.Actions)
            .AsSplitQuery().FirstAsync(m => m.Id == id, cancellationToken);
        if (meeting.Version != version)
            return Stale;
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        try
        {
            // The meeting's change and its e-mails in the outbox are one save, so one transaction: both or neither.
            await change(meeting);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (InvalidOperationException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Message.TrimEnd('.');
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale;
        }
    }
}
