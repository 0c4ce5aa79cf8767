using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// What a meeting keeps, each saved against the version the page showed (a stale form is refused, nothing saved
/// half-way): the agenda members propose and the LA orders, apologies, the attendance, the minutes and actions.
public sealed class MeetingRecords(AppDbContext db, TimeProvider time, PartnershipMeetings meetings)
{
    /// The current member the signed-in setting's person speaks for in this meeting's partnership, if any.
    public Task<PartnershipMember?> OwnMemberAsync(int partnershipId, CancellationToken cancellationToken) =>
        db.CurrentUser.SettingId is { } settingId
            ? db.PartnershipMembers.AsNoTracking().FirstOrDefaultAsync(m => m.PartnershipId == partnershipId && m.SettingId == settingId && m.LeftOn == null, cancellationToken)
            : Task.FromResult<PartnershipMember?>(null);

    public async Task<string?> ProposeAsync(int id, int version, string title, string? detail, CancellationToken cancellationToken)
    {
        var who = db.CurrentUser.DisplayName;
        int? settingId = null;
        if (db.CurrentUser.SettingId is not null)
        {
            var partnershipId = await db.Meetings.Where(m => m.Id == id).Select(m => m.PartnershipId).FirstAsync(cancellationToken);
            var member = await OwnMemberAsync(partnershipId, cancellationToken);
            if (member is null)
                return "Your setting is not a member of this partnership now";
            who = $"{who}, {member.Name}";
            settingId = member.SettingId;
        }

        return await meetings.ChangeAsync(id, version, meeting =>
        {
            meeting.ProposeItem(title, detail, who, settingId, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public Task<string?> DecideAsync(int id, int version, int itemId, bool accept, CancellationToken cancellationToken) =>
        meetings.ChangeAsync(id, version, meeting =>
        {
            meeting.Decide(itemId, accept);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<string?> MoveAsync(int id, int version, int itemId, bool up, CancellationToken cancellationToken) =>
        meetings.ChangeAsync(id, version, meeting =>
        {
            meeting.Move(itemId, up);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<string?> ApologiesAsync(int id, int version, CancellationToken cancellationToken)
    {
        var partnershipId = await db.Meetings.Where(m => m.Id == id).Select(m => m.PartnershipId).FirstAsync(cancellationToken);
        if (await OwnMemberAsync(partnershipId, cancellationToken) is not { } member)
            return "Your setting is not a member of this partnership now";
        return await meetings.ChangeAsync(id, version, meeting =>
        {
            meeting.SendApologies(member, time.Today());
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// Records a mark for every current member (the page offers each one) and the LA officers present.
    public Task<string?> RecordAttendanceAsync(int id, int version, IReadOnlyDictionary<int, AttendanceStatus> marks, string? officers, CancellationToken cancellationToken) =>
        meetings.ChangeAsync(id, version, async meeting =>
        {
            var members = await meetings.MembersAsync(meeting.PartnershipId, cancellationToken);
            if (members.Any(m => !marks.ContainsKey(m.Id)))
                throw new InvalidOperationException("Choose present, apologies or absent for every member.");
            var rows = members.Select(m => new AttendanceMark(m.Id, m.SettingId, m.Name, marks[m.Id])).ToList();
            meeting.RecordAttendance(rows, officers, db.CurrentUser.DisplayName, time.Today());
        }, cancellationToken);

    public Task<string?> WriteMinutesAsync(int id, int version, string? minutes, IEnumerable<string> decisions, IReadOnlyCollection<NewAction> actions, CancellationToken cancellationToken) =>
        meetings.ChangeAsync(id, version, meeting =>
        {
            meeting.WriteMinutes(minutes, decisions, actions, db.CurrentUser.DisplayName, time.Today());
            return Task.CompletedTask;
        }, cancellationToken);

    /// Marks an action done (from the meeting that raised it, or a later one it was carried into).
    public async Task<string?> MarkDoneAsync(int actionId, int version, CancellationToken cancellationToken)
    {
        var action = await db.MeetingActions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);
        if (action is null)
            return "That action was not found";
        if (action.Version != version || action.IsDone)
            return action.IsDone ? "That action is already done" : PartnershipMeetings.Stale;
        db.Entry(action).Property(a => a.Version).OriginalValue = version;
        action.MarkDone(db.CurrentUser.DisplayName, time.Today());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return PartnershipMeetings.Stale;
        }
    }
}
