using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Offer;

/// Where a booking stands: a place, a place on the waiting list, a service asked for, or ended.
public enum BookingStatus
{
    Booked,
    Waiting,
    Requested,
    Cancelled,
    Declined,
}

/// What the register says of a booked place once every session's register is taken.
public enum BookingOutcome
{
    Attended,
    PartlyAttended,
    NoShow,
}

/// A setting's place for one named person on a course or event, a place on its waiting list, or a request for a
/// service (docs/offer.md). The price is decided when it is made, by the terms then in force, and kept: a later
/// change of standing or terms does not reprice it. The setting's own row: its staff see their setting's bookings,
/// the LA sees all of its settings'.
public sealed class Booking : ISettingOwned
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 320;
    public const int ReasonMaxLength = 500;
    public const int ByMaxLength = 200;
    public const int NeedsMaxLength = 2000;

    private Booking()
    {
        AttendeeName = "";
        PriceReason = "";
        BookedBy = "";
    }

    private Booking(OfferItem item, int settingId, string attendeeName, string? attendeeEmail, PlacePrice price, int termsVersionId, string by, DateTimeOffset at)
        : this()
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(price);
        if (string.IsNullOrWhiteSpace(attendeeName))
            throw new ArgumentException("A booking names the person it is for.", nameof(attendeeName));
        TenantId = item.TenantId;
        SettingId = settingId;
        OfferItemId = item.Id;
        AttendeeName = attendeeName.Trim();
        AttendeeEmail = string.IsNullOrWhiteSpace(attendeeEmail) ? null : attendeeEmail.Trim();
        PricePence = price.Pence;
        PriceReason = price.Reason;
        TermsVersionId = termsVersionId;
        BookedBy = by;
        BookedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int OfferItemId { get; private set; }

    public OfferItem? Item { get; private set; }

    public string AttendeeName { get; private set; }

    public string? AttendeeEmail { get; private set; }

    public BookingStatus Status { get; private set; }

    /// The price of the place for this setting, decided when booked; 0 is free.
    public int PricePence { get; private set; }

    public string PriceReason { get; private set; }

    /// The version of the LA's terms the booking was made under: its cancellation and no-show charges follow them.
    public int TermsVersionId { get; private set; }

    public string BookedBy { get; private set; }

    public DateTimeOffset BookedAt { get; private set; }

    /// When it joined the waiting list: the list moves up in this order.
    public DateTimeOffset? WaitingSince { get; private set; }

    public DateTimeOffset? PromotedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? CancellationReason { get; private set; }

    /// What cancelling cost under the terms (0 inside the free window); the charge itself is a Charge row.
    public int? CancellationChargePence { get; private set; }

    /// Set once every session's register is taken.
    public BookingOutcome? Outcome { get; private set; }

    /// What a setting asked for when it requested a service, in its own words.
    public string? Needs { get; private set; }

    /// Who held the place before the last substitute, and when it changed hands.
    public string? SubstitutedFor { get; private set; }

    public DateTimeOffset? SubstitutedAt { get; private set; }

    /// The run of the course the place was moved from, and when.
    public int? TransferredFromItemId { get; private set; }

    public DateTimeOffset? TransferredAt { get; private set; }

    public int Version { get; private set; }

    public bool HoldsPlace => Status == BookingStatus.Booked;

    public bool IsActive => Status is BookingStatus.Booked or BookingStatus.Waiting or BookingStatus.Requested;

    public static Booking Place(OfferItem item, int settingId, string attendeeName, string? attendeeEmail, PlacePrice price, int termsVersionId, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.TakePlace();
        return new Booking(item, settingId, attendeeName, attendeeEmail, price, termsVersionId, by, at) { Status = BookingStatus.Booked };
    }

    public static Booking Wait(OfferItem item, int settingId, string attendeeName, string? attendeeEmail, PlacePrice price, int termsVersionId, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.Touch();
        return new Booking(item, settingId, attendeeName, attendeeEmail, price, termsVersionId, by, at)
        {
            Status = BookingStatus.Waiting,
            WaitingSince = at,
        };
    }

    public static Booking Request(OfferItem item, int settingId, string contactName, string? contactEmail, PlacePrice price, int termsVersionId, string by, DateTimeOffset at, string? needs = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind != OfferKind.Service)
            throw new InvalidOperationException("Only a service is requested; a course or event is booked.");
        item.Touch();
        return new Booking(item, settingId, contactName, contactEmail, price, termsVersionId, by, at)
        {
            Status = BookingStatus.Requested,
            Needs = string.IsNullOrWhiteSpace(needs) ? null : needs.Trim(),
        };
    }

    /// Moves a waiting-list place up to a booked one; the item's capacity and the setting's limit are the caller's check.
    public void Promote(OfferItem item, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Status != BookingStatus.Waiting)
            throw new InvalidOperationException("Only a place on the waiting list moves up.");
        item.TakePlace();
        Status = BookingStatus.Booked;
        PromotedAt = at;
        Version++;
    }

    /// Ends the booking. A booked place is freed on the item (the caller then moves the waiting list up); the charge,
    /// if any, is what the terms say and is kept here for the record.
    public void Cancel(OfferItem item, string by, string? reason, int chargePence, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!IsActive)
            throw new InvalidOperationException("This booking has already ended.");
        if (Status == BookingStatus.Booked)
            item.FreePlace();
        else
            item.Touch();
        Status = BookingStatus.Cancelled;
        CancelledBy = by;
        CancelledAt = at;
        CancellationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CancellationChargePence = chargePence;
        Version++;
    }

    public void Decline(OfferItem item, string by, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Status != BookingStatus.Requested)
            throw new InvalidOperationException("Only a request is declined.");
        item.Touch();
        Status = BookingStatus.Declined;
        CancelledBy = by;
        CancelledAt = at;
        CancellationReason = reason;
        CancellationChargePence = 0;
        Version++;
    }

    /// Confirms a requested service: it is arranged, and charged as a place.
    public void Arrange(OfferItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Status != BookingStatus.Requested)
            throw new InvalidOperationException("Only a request is arranged.");
        item.Touch();
        Status = BookingStatus.Booked;
        Version++;
    }

    /// Another person from the same setting takes the place (the LA's terms say until when).
    public void Substitute(OfferItem item, string attendeeName, string? attendeeEmail, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Status is not (BookingStatus.Booked or BookingStatus.Waiting))
            throw new InvalidOperationException("Only a booked or waiting place is passed to someone else.");
        if (string.IsNullOrWhiteSpace(attendeeName))
            throw new ArgumentException("Name the person who takes the place.", nameof(attendeeName));
        item.Touch();
        SubstitutedFor = AttendeeName;
        SubstitutedAt = at;
        AttendeeName = attendeeName.Trim();
        AttendeeEmail = string.IsNullOrWhiteSpace(attendeeEmail) ? null : attendeeEmail.Trim();
        Version++;
    }

    /// Moves a booked place to another run of the same course, at the same price; the caller checks the terms'
    /// deadline and the setting's limit there, and moves the old run's waiting list up.
    public void Transfer(OfferItem from, OfferItem to, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (Status != BookingStatus.Booked || from.Id != OfferItemId)
            throw new InvalidOperationException("Only a booked place is moved to another date.");
        if (to.Id == from.Id)
            throw new InvalidOperationException("The place is already on this date.");
        to.TakePlace();
        from.FreePlace();
        OfferItemId = to.Id;
        Item = to;
        TransferredFromItemId = from.Id;
        TransferredAt = at;
        Version++;
    }

    public void RecordOutcome(BookingOutcome outcome)
    {
        if (Status != BookingStatus.Booked)
            throw new InvalidOperationException("Only a booked place has an attendance outcome.");
        Outcome = outcome;
        Version++;
    }
}
