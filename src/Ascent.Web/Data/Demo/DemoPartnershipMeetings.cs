using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The EYFS network's termly meetings: last term's held (attendance, minutes, a decision, two actions, one done) and
/// the next planned in a few weeks with its invitations sent and an agenda, so the demo setting's manager sees both
/// and the open action carried into the next meeting. Invitations are marked sent, not queued: the demo's first start
/// should not fill anyone's mail folder.
public static class DemoPartnershipMeetings
{
    public const string SeriesTitle = "Termly network meeting";

    public static async Task SeedAsync(AppDbContext db, int tenantId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var network = await db.Partnerships.Include(p => p.Members)
            .SingleAsync(p => p.TenantId == tenantId && p.Name == DemoPartnerships.Network, cancellationToken);
        var members = network.Members.Where(m => m.IsCurrent).OrderBy(m => m.Id).ToList();
        var host = members.FirstOrDefault(m => m.Role == MemberRole.Host) ?? members[0];
        var series = new MeetingSeries(network, SeriesTitle, MeetingFrequency.Termly, "Gareth Lewis", now.AddDays(-100));
        db.MeetingSeries.Add(series);
        await db.SaveChangesAsync(cancellationToken);

        var held = Meeting.Plan(series, new MeetingTimes(today.AddDays(-70), new TimeOnly(10, 0), new TimeOnly(12, 0)),
            MeetingPlace.InPerson($"{host.Name}, the training room", host), "Gareth Lewis");
        held.ProposeItem("Sharing how we run the progress check at two", null, "Gareth Lewis", null, now.AddDays(-80));
        held.ProposeItem("Transition to reception: the summer timetable", null, "Helen Carter, St Mary's Primary School", null, now.AddDays(-79));
        db.Meetings.Add(held);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in held.Agenda.ToList())
            held.Decide(item.Id, accept: true);
        // Most members came; two sent apologies and one did not come.
        var marks = members.Select((m, i) => new AttendanceMark(m.Id, m.SettingId, m.Name,
            i is 3 or 7 ? AttendanceStatus.Apologies : i == 5 ? AttendanceStatus.Absent : AttendanceStatus.Present)).ToList();
        held.RecordAttendance(marks, "Gareth Lewis (Senior Improvement Adviser)", "Gareth Lewis", today.AddDays(-70));
        held.WriteMinutes(
            "Members shared how they run the progress check at two and agreed the health visiting team and settings will compare notes each term. "
            + "St Mary's set out the summer transition timetable; settings asked for earlier notice of reception visits.",
            ["Hold a shared transition day for reception starters in June"],
            [
                new NewAction("Circulate the transition day timetable to all members", "Helen Carter, St Mary's Primary School", today.AddDays(-40)),
                new NewAction("Share a template for the progress check at two", "Gareth Lewis", today.AddDays(10)),
            ], "Gareth Lewis", today.AddDays(-70));
        await db.SaveChangesAsync(cancellationToken);
        held.Actions.OrderBy(a => a.Id).First().MarkDone("Gareth Lewis", today.AddDays(-45));

        var next = Meeting.Plan(series, new MeetingTimes(today.AddDays(21), new TimeOnly(10, 0), new TimeOnly(12, 0)),
            MeetingPlace.InPerson($"{members[1].Name}, the meeting room", members[1]), "Gareth Lewis");
        next.ProposeItem("Welcome and actions from last term", null, "Gareth Lewis", null, now.AddDays(-3));
        next.ProposeItem("Communication and language: what the data shows", null, "Gareth Lewis", null, now.AddDays(-3));
        next.ProposeItem("Outdoor learning in winter", "Ideas from our forest school sessions", "Jo Clarke, Little Acorns Day Nursery", null, now.AddDays(-2));
        db.Meetings.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in next.Agenda.OrderBy(i => i.Id).Take(2).ToList())
            next.Decide(item.Id, accept: true);
        next.Invite(today, now.AddDays(-1));
        await db.SaveChangesAsync(cancellationToken);
    }
}
