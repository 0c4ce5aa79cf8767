namespace Ascent.Web.Domain.Offer;

/// One date of a course or event. A multi-session course counts as attended only when every session is.
public sealed class OfferSession : Tenancy.ISharedWithSettings
{
    private OfferSession()
    {
    }

    internal OfferSession(OfferItem item, int number, DateOnly date, TimeOnly starts, TimeOnly ends, string? venue)
    {
        if (ends <= starts)
            throw new ArgumentException("A session ends after it starts.", nameof(ends));
        Item = item;
        TenantId = item.TenantId;
        Number = number;
        Date = date;
        Starts = starts;
        Ends = ends;
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int OfferItemId { get; private set; }

    public OfferItem? Item { get; private set; }

    /// 1 for the first date, in date order.
    public int Number { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly Starts { get; private set; }

    public TimeOnly Ends { get; private set; }

    /// Where this session is held, when it differs from the item's venue.
    public string? Venue { get; private set; }

    /// When the register was taken (the LA's record that attendance for this date is complete).
    public DateTimeOffset? RegisterTakenAt { get; private set; }

    public string? RegisterTakenBy { get; private set; }

    public decimal Hours => (decimal)(Ends - Starts).TotalHours;

    public void RecordRegisterTaken(string by, DateTimeOffset at)
    {
        RegisterTakenBy = by;
        RegisterTakenAt = at;
    }

    internal void Renumber(int number) => Number = number;

    internal void Move(DateOnly date, TimeOnly starts, TimeOnly ends, string? venue)
    {
        if (ends <= starts)
            throw new ArgumentException("A session ends after it starts.", nameof(ends));
        Date = date;
        Starts = starts;
        Ends = ends;
        Venue = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
    }
}
