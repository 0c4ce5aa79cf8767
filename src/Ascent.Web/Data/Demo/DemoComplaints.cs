using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's compliments and complaints (docs/complaints.md): Northfield's two teams of the strategy (Improvement and
/// Standards to Priya Shah, Sustainability to Tom Baker), a short list of themes, a compliment about Hannah O'Connor
/// (shared with her), a complaint from Little Acorns about a cancelled visit answered last quarter (partly upheld, with
/// learning), and an open complaint about Hannah not yet shared: Priya sees it, Hannah does not.
public static class DemoComplaints
{
    public const string ImprovementTeam = "Improvement and Standards";
    public const string SustainabilityTeam = "Sustainability";
    public const string CancelledVisit = "Improvement visits";
    public const string Adviser = "Hannah O'Connor";

    public static async Task SeedAsync(AppDbContext db, int tenantId, int settingId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var people = await db.Users.IgnoreQueryFilters().Where(u => u.TenantId == tenantId).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        var improvement = new ComplaintTeam(tenantId, ImprovementTeam, people["manager@northfield.example"]);
        var sustainability = new ComplaintTeam(tenantId, SustainabilityTeam, people["sufficiency@northfield.example"]);
        db.ComplaintTeams.AddRange(improvement, sustainability);
        foreach (var theme in new[] { "Communication", "Visits and appointments", "Advice and support", "Training and events" })
            db.ComplaintThemes.Add(new ComplaintTheme(tenantId, theme));
        await db.SaveChangesAsync(cancellationToken);

        var days = BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "bank-holidays.json")).For("England");
        var jo = people["manager@littleacorns.example"];
        var hannah = people["adviser@northfield.example"];
        Complaint Record(ComplaintKind kind, Guid? officer, string? service, DateOnly received, string what, string? wanted) =>
            new(tenantId, settingId, improvement, new ComplaintDetails(kind, officer, officer is null ? null : Adviser, null, service, received.AddDays(-2), what, wanted,
                "Jo Clarke", "manager@littleacorns.example"), jo, "Jo Clarke", received, now, days);

        // Last quarter: a visit cancelled on the morning, acknowledged in two working days, answered in twelve.
        var lastQuarter = days.OnOrAfter(new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3).AddDays(20));
        var visit = Record(ComplaintKind.Complaint, null, CancelledVisit, lastQuarter,
            "Our support visit was cancelled on the morning it was due, after we had arranged cover for the room leaders to meet the adviser.",
            "Notice of at least a day when a visit has to move, and a new date straight away.");
        visit.Acknowledge(days.Add(lastQuarter, 2), today, "Priya Shah");
        visit.Answer(days.Add(lastQuarter, 12), today,
            "The visit was cancelled because the adviser was called to a safeguarding concern. We should have offered a new date the same day, and we did not.",
            ComplaintOutcome.PartlyUpheld, "Visits and appointments", "Priya Shah");
        visit.RecordLearning("When a visit has to be cancelled at short notice, the adviser's manager offers a new date the same day.");

        var thanks = Record(ComplaintKind.Compliment, hannah, null, days.OnOrAfter(today.AddDays(-12)),
            "Hannah's visit helped our room leaders see how to plan for children's next steps. The whole team came away with ideas.", null);
        thanks.Acknowledge(thanks.ReceivedOn, today, "Priya Shah");
        thanks.Answer(days.Add(thanks.ReceivedOn, 2) > today ? today : days.Add(thanks.ReceivedOn, 2), today,
            "Thank you: we have passed your kind words on to Hannah and her manager.", ComplaintOutcome.PassedOn, "Advice and support", "Priya Shah");

        var open = Record(ComplaintKind.Complaint, hannah, null, today.AddDays(-1),
            "The note of visit arrived three weeks after the visit, and its actions were not the ones we agreed on the day.",
            "The note within the week, with the actions we agreed.");
        db.Complaints.AddRange(visit, thanks, open);
        await db.SaveChangesAsync(cancellationToken);
    }
}
