using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Offer;

/// Why a setting is charged: the place itself (attended, or a service arranged), a cancellation after the free
/// window, a booked place nobody came to, or a credit that puts an earlier charge right.
public enum ChargeReason
{
    Place,
    LateCancellation,
    NoShow,
    Credit,
}

/// One line of a setting's monthly statement and of the export to the council's finance system (docs/offer.md).
/// Amounts are whole pence. A charge is never edited or deleted: a mistake is put right by a credit (a negative
/// amount) on the month it is found, as the terms say (credit instead of refund). Nothing is paid in Ascent.
public sealed class Charge : ISettingOwned
{
    public const int DescriptionMaxLength = 500;
    public const int ByMaxLength = 200;

    private Charge()
    {
        Description = "";
        RaisedBy = "";
    }

    public Charge(Booking booking, ChargeReason reason, int amountPence, DateOnly chargedOn, string description, string raisedBy, DateTimeOffset raisedAt)
        : this()
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (reason == ChargeReason.Credit ? amountPence >= 0 : amountPence <= 0)
            throw new ArgumentOutOfRangeException(nameof(amountPence), "A charge is more than nothing; a credit is less.");
        TenantId = booking.TenantId;
        SettingId = booking.SettingId;
        BookingId = booking.Id;
        Booking = booking;
        OfferItemId = booking.OfferItemId;
        Reason = reason;
        AmountPence = amountPence;
        ChargedOn = chargedOn;
        Description = description;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int BookingId { get; private set; }

    public Booking? Booking { get; private set; }

    public int OfferItemId { get; private set; }

    public ChargeReason Reason { get; private set; }

    /// Whole pence; negative for a credit.
    public int AmountPence { get; private set; }

    /// The day the charge falls on, which puts it in a month's statement: the last session for a place or a no-show,
    /// the day of a late cancellation, the day a credit is given.
    public DateOnly ChargedOn { get; private set; }

    public string Description { get; private set; }

    public string RaisedBy { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }
}
