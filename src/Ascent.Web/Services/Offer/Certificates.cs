using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// Certificates of attendance (docs/offer.md): only for a place attended at every session. What a certificate says is
/// gathered here; CertificateDocument lays it out in Word. The booking is read through the tenancy filters, so a
/// setting's staff get their own setting's certificates and the LA any of its settings'.
public sealed class Certificates(AppDbContext db, TimeProvider time)
{
    /// The certificate's facts, or why there is none; null when the booking is not found.
    public async Task<CertificateResult?> ForBookingAsync(int bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().Include(b => b.Item).ThenInclude(i => i!.Sessions)
            .FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking?.Item is not { } item)
            return null;
        return await ForAsync(booking, item, cancellationToken);
    }

    /// Every certificate of an item's attended places: for the LA, as one download.
    public async Task<IReadOnlyList<CertificateFacts>> ForItemAsync(int itemId, CancellationToken cancellationToken)
    {
        var bookings = await db.Bookings.AsNoTracking().Include(b => b.Item).ThenInclude(i => i!.Sessions)
            .Where(b => b.OfferItemId == itemId && b.Status == BookingStatus.Booked && b.Outcome == BookingOutcome.Attended)
            .OrderBy(b => b.AttendeeName).ToListAsync(cancellationToken);
        var facts = new List<CertificateFacts>();
        foreach (var booking in bookings)
        {
            if ((await ForAsync(booking, booking.Item!, cancellationToken)).Facts is { } certificate)
                facts.Add(certificate);
        }

        return facts;
    }

    private async Task<CertificateResult> ForAsync(Booking booking, OfferItem item, CancellationToken cancellationToken)
    {
        if (booking.Status != BookingStatus.Booked || booking.Outcome != BookingOutcome.Attended)
            return new CertificateResult(booking.Id, null, Refusal(booking));
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == booking.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        var la = await db.Tenants.AsNoTracking().Where(t => t.Id == booking.TenantId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var sessions = item.Sessions.OrderBy(s => s.Number).Select(s => new CertificateSession(s.Date, s.Starts, s.Ends)).ToList();
        return new CertificateResult(booking.Id, new CertificateFacts(
            Number(booking), booking.AttendeeName, setting ?? "", item.Title, sessions, item.Hours, la ?? "", time.Today()), null);
    }

    /// Stable per booking, so a certificate printed twice carries the same number.
    public static string Number(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return string.Create(CultureInfo.InvariantCulture, $"N-{booking.TenantId}-{booking.Id}");
    }

    private static string Refusal(Booking booking) => (booking.Status, booking.Outcome) switch
    {
        (BookingStatus.Booked, BookingOutcome.NoShow) => $"There is no certificate: {booking.AttendeeName} is recorded as not attending.",
        (BookingStatus.Booked, BookingOutcome.PartlyAttended) => $"There is no certificate: {booking.AttendeeName} did not attend every session, and a course counts as attended only when every session is.",
        (BookingStatus.Booked, null) => "There is no certificate yet: the register has not been taken for every session.",
        _ => "There is no certificate: this place was not taken up.",
    };
}

public sealed record CertificateResult(int BookingId, CertificateFacts? Facts, string? Refusal);

public sealed record CertificateSession(DateOnly Date, TimeOnly Starts, TimeOnly Ends);

/// What a certificate of attendance says.
public sealed record CertificateFacts(
    string Number,
    string Person,
    string Setting,
    string Course,
    IReadOnlyList<CertificateSession> Sessions,
    decimal Hours,
    string LocalAuthority,
    DateOnly IssuedOn)
{
    public string HoursText => Hours.ToString("0.##", CultureInfo.InvariantCulture) + (Hours == 1 ? " hour" : " hours");

    public string FileName => $"certificate-{Number.ToLowerInvariant()}.docx";

    public IEnumerable<string> SessionLines => Sessions.Select(s => $"{Format.Date(s.Date)}, {Format.Time(s.Starts)} to {Format.Time(s.Ends)}");
}
