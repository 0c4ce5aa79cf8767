using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// A meeting in the list: how many were invited and came (for a setting, its own invitation and people).
public sealed record MeetingRow(int Id, string Title, MeetingPurpose Purpose, DateOnly Date, TimeOnly StartTime, string Place, int Invited, int Attended, IReadOnlyList<string> AttendedNames);

/// A cohort the coordinator may invite, with how many member settings it has now.
public sealed record CohortChoice(int Id, string Name, string SchemeCode, int Members);

/// What the coordinator asks for on the form.
public sealed record MeetingPlan(MeetingPurpose Purpose, string Title, DateOnly Date, TimeOnly StartTime, string Place, string? Agenda, IReadOnlyCollection<int> CohortIds, bool Evaluators);

/// Someone who may be marked present: a person of an invited setting, or an invited evaluator.
public sealed record PersonChoice(int InvitationId, string Invited, Guid? UserId, string Name)
{
    /// Someone recorded by name (without an account) is told apart by their name.
    public string Key => UserId is { } id ? $"{InvitationId}:{id}" : $"{InvitationId}:{Name}";
}

/// Plans network meetings for a scheme's members, invites them (a notification and an e-mail through the outbox) and
/// records who came. Reads through the query filters: a setting finds only the meetings it is invited to.
public sealed class NetworkMeetings(AppDbContext db, TimeProvider time, Outbox outbox, Links links, SchemeLibrary schemes)
{
    /// Settings in a cohort with a current or in-progress accreditation are the scheme's members.
    public static readonly AccreditationStatus[] MemberStatuses =
        [AccreditationStatus.InProgress, AccreditationStatus.Recommended, AccreditationStatus.NotYet, AccreditationStatus.Appealed, AccreditationStatus.Accredited];

    public async Task<IReadOnlyList<MeetingRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.NetworkMeetings.AsNoTracking().OrderBy(m => m.Date).ThenBy(m => m.StartTime)
            .Select(m => new MeetingRow(m.Id, m.Title, m.Purpose, m.Date, m.StartTime, m.Place, m.Invitations.Count, m.Attendance.Select(a => a.InvitationId).Distinct().Count(),
                m.Attendance.OrderBy(a => a.Name).Select(a => a.Name).ToList()))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CohortChoice>> CohortsAsync(CancellationToken cancellationToken) =>
        await db.Cohorts.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortChoice(c.Id, c.Name, c.SchemeCode, db.Accreditations.Count(a => a.CohortId == c.Id && MemberStatuses.Contains(a.Status))))
            .ToListAsync(cancellationToken);

    public Task<NetworkMeeting?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.NetworkMeetings.AsNoTracking().Include(m => m.Invitations).Include(m => m.Attendance).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// Plans the meeting and invites the member settings of the chosen cohorts (and the LA's evaluators if asked);
    /// null with the reason when that is nobody.
    public async Task<(NetworkMeeting? Meeting, string? Refused)> PlanAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff plan network meetings.");
        var cohorts = await db.Cohorts.Where(c => plan.CohortIds.Contains(c.Id)).Select(c => new { c.Id, c.SchemeCode }).ToListAsync(cancellationToken);
        var cohortIds = cohorts.Select(c => c.Id).ToList();
        var settings = await db.Accreditations.Where(a => cohortIds.Contains(a.CohortId) && MemberStatuses.Contains(a.Status))
            .Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new { s.Id, s.Name }).Distinct().ToListAsync(cancellationToken);
        var evaluators = plan.Evaluators
            ? await db.ActiveUsersInRoles(Roles.QualityMarkEvaluator).Where(u => u.SettingId == null).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken)
            : [];
        List<Invitee> invitees = [.. settings.OrderBy(s => s.Name).Select(s => new Invitee(s.Id, null, s.Name)), .. evaluators.OrderBy(e => e.DisplayName).Select(e => new Invitee(null, e.Id, e.DisplayName))];
        if (invitees.Count == 0)
            return (null, "Nobody would be invited: the cohorts chosen have no members yet. Choose another cohort, or invite the evaluators");
        var scheme = cohorts.Select(c => c.SchemeCode).FirstOrDefault() ?? schemes.Shipped[0].Definition.Code;
        var meeting = NetworkMeeting.Plan(tenantId, scheme, plan.Purpose, plan.Title, plan.Date, plan.StartTime, plan.Place, plan.Agenda, invitees, db.CurrentUser.DisplayName, time.GetUtcNow());
        // The meeting's id is the invitations' link: saved first, with them, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.NetworkMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        await InviteAsync(meeting, settings.Select(s => s.Id).ToList(), evaluators.Select(e => e.Id).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (meeting, null);
    }

    /// Everyone who may be marked present: the active people of each invited setting, and each invited evaluator.
    public async Task<IReadOnlyList<PersonChoice>> PeopleAsync(NetworkMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var settingIds = meeting.Invitations.Where(i => i.SettingId != null).Select(i => i.SettingId!.Value).ToList();
        var staff = await db.Users.AsNoTracking().Where(u => u.IsActive && u.SettingId != null && settingIds.Contains(u.SettingId.Value))
            .Select(u => new { u.Id, u.DisplayName, SettingId = u.SettingId!.Value }).ToListAsync(cancellationToken);
        var choices = new List<PersonChoice>();
        foreach (var invitation in meeting.Invitations.OrderBy(i => i.UserId != null).ThenBy(i => i.Name, StringComparer.CurrentCulture))
        {
            if (invitation.UserId is { } evaluator)
                choices.Add(new(invitation.Id, invitation.Name, evaluator, invitation.Name));
            else
                choices.AddRange(staff.Where(u => u.SettingId == invitation.SettingId).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(u => new PersonChoice(invitation.Id, invitation.Name, u.Id, u.DisplayName)));
        }

        // Everyone already recorded stays on the list, ticked, even without an account now (recorded by name, since
        // deactivated or moved): a save that did not offer them would remove them unseen.
        foreach (var came in meeting.Attendance.OrderBy(a => a.Name, StringComparer.CurrentCulture))
        {
            var choice = new PersonChoice(came.InvitationId, meeting.Invitations.First(i => i.Id == came.InvitationId).Name, came.UserId, came.Name);
            if (choices.All(c => c.Key != choice.Key))
                choices.Add(choice);
        }

        return choices;
    }

    /// Records who came (keys of PersonChoice) and the notes. `version` is the meeting's when the page was read: a
    /// change since is refused with the reason. Null when saved or unchanged.
    public async Task<string?> RecordAttendanceAsync(int id, int version, IReadOnlyCollection<string> present, string? notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(present);
        var meeting = await db.NetworkMeetings.Include(m => m.Invitations).Include(m => m.Attendance).FirstAsync(m => m.Id == id, cancellationToken);
        if (meeting.Version != version)
            return Changed;
        var people = await PeopleAsync(meeting, cancellationToken);
        var chosen = people.Where(p => present.Contains(p.Key)).Select(p => new Attendee(p.InvitationId, p.UserId, p.Name)).ToList();
        db.Entry(meeting).Property(m => m.Version).OriginalValue = version;
        if (!meeting.RecordAttendance(chosen, notes, db.CurrentUser.DisplayName, time.Today()))
            return null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Changed;
        }
    }

    private const string Changed = "Someone else changed this meeting's attendance after you opened the page. Check it as it is now and save again";

    private async Task InviteAsync(NetworkMeeting meeting, IReadOnlyList<int> settingIds, IReadOnlyList<Guid> evaluatorIds, CancellationToken cancellationToken)
    {
        var leaders = await db.ActiveUsersInRoles(Roles.SettingOwner, Roles.SettingManager)
            .Where(u => u.SettingId != null && settingIds.Contains(u.SettingId.Value)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var evaluators = await db.Users.Where(u => evaluatorIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var link = $"/quality-mark/networks/{meeting.Id}";
        var when = $"{Format.Date(meeting.Date)} at {Format.Time(meeting.StartTime)}";
        var what = meeting.Purpose == MeetingPurpose.Workshop ? "workshop" : "network meeting";
        var now = time.GetUtcNow();
        foreach (var person in leaders.Concat(evaluators).DistinctBy(p => p.Id))
        {
            db.Notifications.Add(new Notification(meeting.TenantId, person.Id, $"You are invited to the quality mark {what} \"{meeting.Title}\" on {when}.", link, now, email: false));
            if (string.IsNullOrWhiteSpace(person.Email))
                continue;
            var body = $"""
                Dear {person.DisplayName},

                You are invited to the quality mark {what} "{meeting.Title}".

                When: {when}
                Where: {meeting.Place}
                {(meeting.Agenda.Length > 0 ? $"\nAgenda:\n{meeting.Agenda}\n" : "")}
                The meeting in Ascent: {links.Absolute(link)}
                """;
            outbox.Add(meeting.TenantId, person.Email, person.DisplayName, $"Invitation: {meeting.Title}, {when}", body);
        }
    }
}
