using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Offer;

/// One line of a session's register: whether the person booked on the place came. Taken on the day, or imported from
/// a sign-in sheet; corrected by recording it again (the audit keeps the earlier answer).
public sealed class SessionAttendance : ISettingOwned
{
    public const int ByMaxLength = 200;

    private SessionAttendance()
    {
        RecordedBy = "";
    }

    public SessionAttendance(Booking booking, OfferSession session, bool present, string recordedBy, DateTimeOffset recordedAt)
        : this()
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(session);
        TenantId = booking.TenantId;
        SettingId = booking.SettingId;
        BookingId = booking.Id;
        Booking = booking;
        OfferSessionId = session.Id;
        Record(present, recordedBy, recordedAt);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int BookingId { get; private set; }

    public Booking? Booking { get; private set; }

    public int OfferSessionId { get; private set; }

    public bool Present { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public int Version { get; private set; }

    public void Record(bool present, string recordedBy, DateTimeOffset recordedAt)
    {
        Present = present;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Version++;
    }
}
