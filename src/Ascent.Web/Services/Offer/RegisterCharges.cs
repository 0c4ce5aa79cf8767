using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// What closing a register charged: how many charges were raised for the first time, and every correction, in words.
public sealed record RaisedCharges(int Raised, IReadOnlyList<string> Corrections);

/// Raises the charges a closed register says are due (docs/offer.md#charges; the rules are Domain/Offer/ChargeRule),
/// exactly once: what is already raised is compared with what is due, and only the difference is added, as a credit
/// and a new charge on the day of the correction. A charge is never edited. Also charges an arranged service when the
/// LA marks it delivered.
public sealed class RegisterCharges(AppDbContext db, OfferTermsLibrary terms, TimeProvider time)
{
    /// Raises what the register of an item says once every session's register is taken; null while one is not.
    public async Task<RaisedCharges?> RaiseAsync(int itemId, CancellationToken cancellationToken, bool again = false)
    {
        var item = await db.OfferItems.AsNoTracking().Include(i => i.Sessions).SingleAsync(i => i.Id == itemId, cancellationToken);
        if (item.Sessions.Count == 0 || item.Sessions.Any(s => s.RegisterTakenAt is null))
            return null;
        var sessionIds = item.Sessions.Select(s => s.Id).ToList();
        var lastDay = item.Sessions.Max(s => s.Date);
        var bookings = await db.Bookings.Where(b => b.OfferItemId == itemId && b.Status == BookingStatus.Booked)
            .OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var bookingIds = bookings.Select(b => b.Id).ToList();
        var present = await db.SessionAttendances.AsNoTracking()
            .Where(a => bookingIds.Contains(a.BookingId) && sessionIds.Contains(a.OfferSessionId) && a.Present)
            .GroupBy(a => a.BookingId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var raised = (await db.Charges.AsNoTracking().Where(c => bookingIds.Contains(c.BookingId)).OrderBy(c => c.Id)
            .Select(c => new { c.BookingId, c.Reason, c.AmountPence }).ToListAsync(cancellationToken))
            .ToLookup(c => c.BookingId, c => new ChargeLine(c.Reason, c.AmountPence));
        var by = db.CurrentUser.DisplayName;
        var now = time.GetUtcNow();
        var today = time.Today();
        var termsOf = new Dictionary<int, OfferTerms>();
        var first = 0;
        var corrections = new List<string>();
        foreach (var booking in bookings)
        {
            if (!termsOf.TryGetValue(booking.TermsVersionId, out var bookingTerms))
                termsOf[booking.TermsVersionId] = bookingTerms = await terms.OfVersionAsync(booking.TermsVersionId, cancellationToken);
            var outcome = AttendanceRule.Outcome(item.Sessions.Count, present.GetValueOrDefault(booking.Id));
            var due = ChargeRule.Due(outcome, booking.PricePence, bookingTerms.NoShowCharge(item.Hours));
            var lines = ChargeRule.Corrections([.. raised[booking.Id]], due);
            var before = booking.Outcome;
            if (before != outcome)
                booking.RecordOutcome(outcome);
            if (lines.Count == 0)
                continue;
            var isFirst = before is null;
            foreach (var line in lines)
            {
                var description = isFirst
                    ? $"{item.Title}: {Words(outcome)}"
                    : $"{item.Title}: register corrected to {Words(outcome)}{(before is { } was ? $" (was {Words(was)})" : "")}";
                db.Charges.Add(new Charge(booking, line.Reason, line.Pence, isFirst ? lastDay : today, description, by, now));
            }

            if (isFirst)
                first += lines.Count;
            else
                corrections.Add($"{booking.AttendeeName}: now {Words(outcome)}{(before is { } old ? $", was {Words(old)}" : "")}; "
                    + string.Join(" and ", lines.Select(l => l.Pence < 0 ? $"a credit of {Format.Pence(-l.Pence)}" : $"a {ChargeRule.Label(l.Reason).ToLowerInvariant()} charge of {Format.Pence(l.Pence)}")));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (!again)
        {
            // Another save closed the same register at once: what it raised is read again, and only the rest added.
            db.ChangeTracker.Clear();
            return await RaiseAsync(itemId, cancellationToken, again: true);
        }

        return new RaisedCharges(first, corrections);
    }

    /// Charges an arranged service at its price when the LA has delivered it. Refused (with the reason) for anything
    /// else, or a second time.
    public async Task<string?> DeliveredAsync(int bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.Include(b => b.Item).FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking?.Item is not { Kind: OfferKind.Service } item)
            return "That is not a service arranged for a setting";
        if (booking.Status != BookingStatus.Booked)
            return "Only an arranged service is marked delivered";
        if (booking.Outcome is not null)
            return "This service is already marked delivered";
        booking.RecordOutcome(BookingOutcome.Attended);
        if (booking.PricePence > 0)
            db.Charges.Add(new Charge(booking, ChargeReason.Place, booking.PricePence, time.Today(), $"{item.Title}: delivered", db.CurrentUser.DisplayName, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "Someone else changed this booking at the same time: look at it again";
        }
    }

    public static string Words(BookingOutcome outcome) => outcome switch
    {
        BookingOutcome.Attended => "attended",
        BookingOutcome.PartlyAttended => "partly attended",
        _ => "no-show",
    };
}
