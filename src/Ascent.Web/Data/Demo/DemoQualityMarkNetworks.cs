using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's network meetings (docs/quality-mark.md, "Network meetings"): a network meeting three weeks ago for the
/// accredited settings of the past cohorts and the evaluators, with who came and notes, and a re-accreditation
/// workshop in a month. The settings' people who came have no accounts in the demo, so they are recorded by name.
public static class DemoQualityMarkNetworks
{
    private static readonly string[] People = ["Hannah Reed", "Tom Hughes", "Grace Okafor", "Sian Morgan", "Ellie Barnes", "Ahmed Khan", "Lucy Ward", "Beth Collins"];

    public static async Task SeedAsync(AppDbContext db, int tenantId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = await db.Accreditations.Where(a => a.TenantId == tenantId && NetworkMeetings.MemberStatuses.Contains(a.Status))
            .Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new { s.Id, s.Name }).Distinct().ToListAsync(cancellationToken);
        var evaluators = await db.Users.Where(u => u.TenantId == tenantId && (u.Email == DemoQualityMarkEvaluators.Ruth || u.Email == DemoQualityMarkEvaluators.Owen))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        if (members.Count == 0)
            return;
        List<Invitee> invitees = [.. members.OrderBy(m => m.Name).Select(m => new Invitee(m.Id, null, m.Name)), .. evaluators.OrderBy(e => e.DisplayName).Select(e => new Invitee(null, e.Id, e.DisplayName))];

        var held = today.AddDays(-21);
        var past = NetworkMeeting.Plan(tenantId, "quality-mark", MeetingPurpose.Network, "Autumn network: action research in practice", held, new TimeOnly(13, 30),
            "Training Room 2, Northfield Civic Centre", "Welcome and introductions\nTwo settings share their case studies\nLeuven screening: what the scores told us\nDates for the spring term", invitees, "Nadia Brooks", now.AddDays(-42));
        var upcoming = NetworkMeeting.Plan(tenantId, "quality-mark", MeetingPurpose.Workshop, "Re-accreditation workshop", today.AddDays(30), new TimeOnly(9, 30),
            "https://meet.example/northfield-network", "What re-accreditation asks for\nBuilding the portfolio\nQuestions", invitees, "Nadia Brooks", now.AddDays(-7));
        db.NetworkMeetings.AddRange(past, upcoming);
        await db.SaveChangesAsync(cancellationToken);

        // About two in three settings came, one person each, and Ruth Evans.
        var came = past.Invitations.Where(i => i.SettingId != null).Where((_, n) => n % 3 != 2)
            .Select((i, n) => new Attendee(i.Id, null, People[n % People.Length]))
            .Concat(past.Invitations.Where(i => i.UserId != null && i.Name == "Ruth Evans").Select(i => new Attendee(i.Id, i.UserId, i.Name))).ToList();
        past.RecordAttendance(came, "Two settings shared their action research on outdoor play and on group times for toddlers. Spring term dates agreed.", "Nadia Brooks", held);
        await db.SaveChangesAsync(cancellationToken);
    }
}
