using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// A setting's training and support (docs/offer.md): its places to come, its waiting list, the services it asked
/// for, and its training history (the staff development record). The tenancy filters decide whose bookings are read:
/// the LA reads any of its settings', a setting's staff their own; nothing here filters by tenant.
public sealed class TrainingRecord(AppDbContext db, TimeProvider time)
{
    public async Task<TrainingView> ForSettingAsync(int settingId, string? person, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var bookings = await db.Bookings.AsNoTracking().Include(b => b.Item).ThenInclude(i => i!.Sessions)
            .Where(b => b.SettingId == settingId && b.Item != null)
            .ToListAsync(cancellationToken);
        var ids = bookings.Select(b => b.Id).ToList();
        var present = await db.SessionAttendances.AsNoTracking().Where(a => ids.Contains(a.BookingId) && a.Present)
            .Select(a => new { a.BookingId, a.OfferSessionId }).ToListAsync(cancellationToken);
        var goals = await db.PlanSteps.AsNoTracking().Where(s => s.SettingId == settingId && s.BookingId != null)
            .Select(s => new { BookingId = s.BookingId!.Value, s.Goal!.Outcome }).ToListAsync(cancellationToken);
        var rows = bookings.Select(b =>
        {
            var item = b.Item!;
            var sessions = item.Sessions.OrderBy(s => s.Number).ToList();
            var presentAt = present.Where(p => p.BookingId == b.Id).Select(p => p.OfferSessionId).ToHashSet();
            var hours = b.Outcome switch
            {
                BookingOutcome.Attended => item.Hours,
                BookingOutcome.PartlyAttended => sessions.Where(s => presentAt.Contains(s.Id)).Sum(s => s.Hours),
                _ => 0m,
            };
            return new TrainingRow(b.Id, item.Id, item.Title, item.Kind, b.AttendeeName, b.Status, b.Outcome,
                [.. sessions.Select(s => s.Date)], item.Hours, hours, b.PricePence, b.WaitingSince, b.BookedAt, b.CancelledAt,
                goals.FirstOrDefault(g => g.BookingId == b.Id)?.Outcome);
        }).ToList();
        var people = rows.Where(r => r.Kind != OfferKind.Service).Select(r => r.Person).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        var chosen = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        bool Shown(TrainingRow r) => chosen is null || string.Equals(r.Person, chosen, StringComparison.OrdinalIgnoreCase);
        var places = rows.Where(r => r.Kind != OfferKind.Service && Shown(r)).ToList();
        return new TrainingView(
            Upcoming: [.. places.Where(r => r.Status == BookingStatus.Booked && r.Outcome is null && (r.EndsOn ?? today) >= today).OrderBy(r => r.StartsOn)],
            Waiting: [.. places.Where(r => r.Status == BookingStatus.Waiting).OrderBy(r => r.WaitingSince)],
            Services: [.. rows.Where(r => r.Kind == OfferKind.Service && r.Status is BookingStatus.Requested or BookingStatus.Booked).OrderByDescending(r => r.BookedAt)],
            History: [.. places.Where(r => r.IsHistory(today)).OrderByDescending(r => r.StartsOn).ThenBy(r => r.Person, StringComparer.OrdinalIgnoreCase)],
            People: people,
            Person: chosen);
    }

    /// The next few places the setting holds, soonest first: for its home page.
    public async Task<IReadOnlyList<TrainingRow>> NextAsync(int settingId, int count, CancellationToken cancellationToken)
    {
        var view = await ForSettingAsync(settingId, null, cancellationToken);
        return [.. view.Upcoming.Take(count)];
    }

    /// The history as CSV: the setting's staff development record.
    public static string HistoryCsv(IEnumerable<TrainingRow> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var text = new StringBuilder("Person,Course,First date,Last date,Hours,Hours attended,Outcome\r\n");
        foreach (var row in history)
        {
            string[] fields =
            [
                row.Person, row.Title, row.StartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                row.EndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row.Hours.ToString("0.##", CultureInfo.InvariantCulture),
                row.HoursAttended.ToString("0.##", CultureInfo.InvariantCulture), row.State,
            ];
            text.Append(string.Join(',', fields.Select(Csv.Field))).Append("\r\n");
        }

        return text.ToString();
    }
}

public sealed record TrainingView(
    IReadOnlyList<TrainingRow> Upcoming,
    IReadOnlyList<TrainingRow> Waiting,
    IReadOnlyList<TrainingRow> Services,
    IReadOnlyList<TrainingRow> History,
    IReadOnlyList<string> People,
    string? Person);

/// One booking as the training record shows it.
public sealed record TrainingRow(
    int BookingId,
    int ItemId,
    string Title,
    OfferKind Kind,
    string Person,
    BookingStatus Status,
    BookingOutcome? Outcome,
    IReadOnlyList<DateOnly> Dates,
    decimal Hours,
    decimal HoursAttended,
    int PricePence,
    DateTimeOffset? WaitingSince,
    DateTimeOffset BookedAt,
    DateTimeOffset? CancelledAt,
    string? PlanGoal)
{
    public DateOnly? StartsOn => Dates.Count == 0 ? null : Dates[0];

    public DateOnly? EndsOn => Dates.Count == 0 ? null : Dates[^1];

    public bool CanHaveCertificate => Status == BookingStatus.Booked && Outcome == BookingOutcome.Attended;

    /// Past, or ended: attended, partly attended, did not attend, cancelled, or held and awaiting its register.
    public bool IsHistory(DateOnly today) =>
        Outcome is not null || Status is BookingStatus.Cancelled or BookingStatus.Declined
        || (Status == BookingStatus.Booked && EndsOn is { } ends && ends < today);

    public string State => (Status, Outcome) switch
    {
        (_, BookingOutcome.Attended) => "Attended",
        (_, BookingOutcome.PartlyAttended) => "Partly attended",
        (_, BookingOutcome.NoShow) => "Did not attend",
        (BookingStatus.Cancelled, _) => "Cancelled",
        (BookingStatus.Declined, _) => "Declined",
        (BookingStatus.Waiting, _) => "Waiting list",
        (BookingStatus.Requested, _) => "Requested",
        (BookingStatus.Booked, _) when Kind == OfferKind.Service => "Arranged",
        _ => "Booked",
    };

    public string Price => PricePence == 0 ? "Free" : Format.Pence(PricePence);

    public string When => Dates.Count switch
    {
        0 => "",
        1 => Format.Date(Dates[0]),
        _ => string.Join(", ", Dates.Select(Format.Date)),
    };
}
