using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Complaints;

/// How long a step took in working days: the median and the longest, and how many were within the deadline of all
/// that took the step.
public sealed record ResponseTimes(double? Median, int? Longest, int WithinDeadline, int Done);

/// One quarter of the report: volumes by kind and team, themes, and response times.
public sealed record QuarterReport(
    int Quarter, string Name, int Compliments, int Complaints, IReadOnlyList<(string Team, int Compliments, int Complaints)> Teams,
    IReadOnlyList<(string Theme, int Count)> Themes, ResponseTimes Acknowledged, ResponseTimes Answered);

/// The quarterly report of compliments and complaints, counted by the day each was received, through the query filter
/// (so each reader counts what they may see). A theme is the one chosen when answering, or else the team's name.
public sealed class ComplaintReport(AppDbContext db, TenantCalendar calendar)
{
    public async Task<IReadOnlyList<QuarterReport>> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var teams = await db.ComplaintTeams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var rows = await db.Complaints.AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to)
            .Select(c => new { c.Kind, c.TeamId, c.Theme, c.ReceivedOn, c.AcknowledgeBy, c.AnswerBy, c.AcknowledgedOn, c.AnsweredOn })
            .ToListAsync(cancellationToken);
        var days = await calendar.WorkingDaysAsync(cancellationToken);
        var quarters = new List<QuarterReport>();
        for (var q = 1; q <= 4; q++)
        {
            var (start, end) = Quarters.Span(year, q);
            var these = rows.Where(c => c.ReceivedOn >= start && c.ReceivedOn <= end).ToList();
            string Team(int id) => teams.GetValueOrDefault(id, "");
            quarters.Add(new QuarterReport(
                q, Quarters.Name(year, q),
                these.Count(c => c.Kind == ComplaintKind.Compliment), these.Count(c => c.Kind == ComplaintKind.Complaint),
                [.. these.GroupBy(c => Team(c.TeamId)).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (g.Key, g.Count(c => c.Kind == ComplaintKind.Compliment), g.Count(c => c.Kind == ComplaintKind.Complaint)))],
                [.. these.GroupBy(c => c.Theme ?? Team(c.TeamId)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))],
                Times(days, these.Where(c => c.AcknowledgedOn != null).Select(c => (c.ReceivedOn, c.AcknowledgedOn!.Value, c.AcknowledgeBy))),
                Times(days, these.Where(c => c.AnsweredOn != null).Select(c => (c.ReceivedOn, c.AnsweredOn!.Value, c.AnswerBy)))));
        }

        return quarters;
    }

    /// The report as CSV, one line per quarter and team.
    public static string Csv(int year, IReadOnlyList<QuarterReport> quarters)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        var csv = new StringBuilder("Year,Quarter,Team,Compliments,Complaints,Median days to acknowledge,Longest days to acknowledge,Acknowledged within deadline,Acknowledged,Median days to answer,Longest days to answer,Answered within deadline,Answered\r\n");
        foreach (var q in quarters)
        {
            string Line(string team, int compliments, int complaints) => string.Join(',',
                year.ToString(CultureInfo.InvariantCulture), $"Q{q.Quarter}", Quote(team), compliments.ToString(CultureInfo.InvariantCulture), complaints.ToString(CultureInfo.InvariantCulture),
                Number(q.Acknowledged.Median), Number(q.Acknowledged.Longest), Number(q.Acknowledged.WithinDeadline), Number(q.Acknowledged.Done),
                Number(q.Answered.Median), Number(q.Answered.Longest), Number(q.Answered.WithinDeadline), Number(q.Answered.Done));
            csv.Append(Line("All teams", q.Compliments, q.Complaints)).Append("\r\n");
            foreach (var (team, compliments, complaints) in q.Teams)
                csv.Append(Line(team, compliments, complaints)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Number(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static ResponseTimes Times(WorkingDays days, IEnumerable<(DateOnly Received, DateOnly Done, DateOnly Due)> steps)
    {
        var list = steps.ToList();
        var taken = list.Select(s => days.Count(s.Received, s.Done)).Order().ToList();
        double? median = taken.Count == 0 ? null
            : taken.Count % 2 == 1 ? taken[taken.Count / 2] : (taken[(taken.Count / 2) - 1] + taken[taken.Count / 2]) / 2.0;
        return new ResponseTimes(median, taken.Count == 0 ? null : taken[^1], list.Count(s => s.Done <= s.Due), list.Count);
    }

    // A cell that starts like a formula is made text, so a spreadsheet does not run it.
    private static string Quote(string text)
    {
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
            text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
