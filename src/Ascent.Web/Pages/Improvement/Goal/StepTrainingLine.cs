using Ascent.Web.Data;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Improvement.Goal;

/// What a step shows of the training identified for it: the course, its dates and the booking's state, or the item
/// not booked yet with a link to book it.
public sealed record StepTrainingLine(string Title, string Href, string Detail, string? BookHref)
{
    public static async Task<IReadOnlyDictionary<int, StepTrainingLine>> ForStepsAsync(AppDbContext db, IReadOnlyCollection<PlanStep> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(steps);
        var bookingIds = steps.Where(s => s.BookingId != null).Select(s => s.BookingId!.Value).ToList();
        var itemIds = steps.Where(s => s.OfferItemId != null).Select(s => s.OfferItemId!.Value).ToList();
        var lines = new Dictionary<int, StepTrainingLine>();
        if (bookingIds.Count == 0 && itemIds.Count == 0)
            return lines;
        var bookings = await db.Bookings.AsNoTracking().Include(b => b.Item).ThenInclude(i => i!.Sessions)
            .Where(b => bookingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var items = await db.OfferItems.AsNoTracking().Include(i => i.Sessions)
            .Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var step in steps)
        {
            if (step.BookingId is { } bookingId && bookings.TryGetValue(bookingId, out var booking) && booking.Item is { } booked)
                lines[step.Id] = new(booked.Title, $"/bookings/{booking.Id}", $"{Dates(booked)}{booking.AttendeeName}: {State(booking)}", null);
            else if (step.OfferItemId is { } itemId && items.TryGetValue(itemId, out var item))
                lines[step.Id] = new(item.Title, $"/offer/{item.Id}", $"{Dates(item)}not booked yet", $"/offer/{item.Id}");
        }

        return lines;
    }

    private static string Dates(OfferItem item) =>
        item.Sessions.Count == 0 ? "" : string.Join(", ", item.Sessions.OrderBy(s => s.Date).Select(s => Format.Date(s.Date))) + "; ";

    public static string State(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return (booking.Status, booking.Outcome) switch
        {
            (_, BookingOutcome.Attended) => "attended",
            (_, BookingOutcome.PartlyAttended) => "partly attended",
            (_, BookingOutcome.NoShow) => "did not attend",
            (BookingStatus.Waiting, _) => "on the waiting list",
            (BookingStatus.Cancelled, _) => "cancelled",
            (BookingStatus.Declined, _) => "declined",
            (BookingStatus.Requested, _) => "requested",
            _ => "booked",
        };
    }
}
