namespace Ascent.Web.Domain.Offer;

/// What an item of the offer is: a service a setting requests (an annual conversation, a bespoke support package), a
/// course of one or more sessions, or an event (a network meeting, a conference).
public enum OfferKind
{
    Service,
    Course,
    Event,
}

/// Drafts are the LA's own; published items are the catalogue settings book from; a withdrawn item takes no more
/// bookings but keeps those it has.
public enum OfferStatus
{
    Draft,
    Published,
    Withdrawn,
}

public enum OfferDelivery
{
    InPerson,
    Online,
}

/// One item of the LA's offer (docs/offer.md): its words, who it is for, its sessions, its capacity and limit per
/// setting, and its price: a fixed price (0 is free) or a price rule of the LA's terms that prices each setting.
/// Every change to its places goes through TakePlace/FreePlace, which move Version: two bookings of the same item at
/// once cannot both save, so the last place goes to one and the other is asked again (Services/Offer).
public sealed class OfferItem
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;
    public const int AudienceMaxLength = 300;
    public const int PrerequisitesMaxLength = 1000;
    public const int VenueMaxLength = 300;
    public const int ByMaxLength = 200;
    public const int WithdrawnReasonMaxLength = 1000;

    private readonly List<OfferSession> sessions = [];

    private OfferItem()
    {
        Title = "";
        Summary = "";
        Audience = "";
        CreatedBy = "";
    }

    public OfferItem(int tenantId, OfferKind kind, OfferDetails details, string createdBy, DateTimeOffset createdAt)
        : this()
    {
        TenantId = tenantId;
        Kind = kind;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Edit(details);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public OfferKind Kind { get; private set; }

    public OfferStatus Status { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    /// Who it is for, in the LA's words ("Managers and deputies", "Practitioners", "Childminders").
    public string Audience { get; private set; }

    public string? Prerequisites { get; private set; }

    public OfferDelivery Delivery { get; private set; }

    /// Where it is held (an address, or "Online: the link is sent the week before").
    public string? Venue { get; private set; }

    /// Places in all; null for a service, which is requested rather than booked into a room.
    public int? Capacity { get; private set; }

    /// Places one setting may hold; null takes the LA's terms (places_per_setting).
    public int? PlacesPerSetting { get; private set; }

    /// The full price of a place in pence; 0 is free. A price rule, when named, decides per setting from it.
    public int PricePence { get; private set; }

    /// The code of a price rule in the LA's terms, or null when every setting pays PricePence.
    public string? PriceRuleCode { get; private set; }

    /// Places booked now (not waiting, not cancelled): kept on the item so that taking the last place is one guarded update.
    public int PlacesTaken { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    /// Why the LA took it out of the catalogue; its bookings are kept.
    public string? WithdrawnReason { get; private set; }

    public string? WithdrawnBy { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OfferSession> Sessions => sessions;

    public bool IsFree => PricePence == 0 && PriceRuleCode is null;

    public bool IsFull => Capacity is { } capacity && PlacesTaken >= capacity;

    /// The first day it runs; null for a service or an item with no sessions yet.
    public DateOnly? StartsOn => sessions.Count == 0 ? null : sessions.Min(s => s.Date);

    public DateOnly? EndsOn => sessions.Count == 0 ? null : sessions.Max(s => s.Date);

    /// Its length in hours, which sets the no-show charge.
    public decimal Hours => sessions.Sum(s => s.Hours);

    public void Edit(OfferDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Title))
            throw new ArgumentException("An item of the offer needs a title.", nameof(details));
        if (details.PricePence < 0)
            throw new ArgumentOutOfRangeException(nameof(details), "A price cannot be below nothing.");
        if (details.Capacity is < 1 || details.PlacesPerSetting is < 1)
            throw new ArgumentOutOfRangeException(nameof(details), "Capacity and places per setting must be at least 1.");
        if (details.Capacity is { } capacity && capacity < PlacesTaken)
            throw new InvalidOperationException($"{PlacesTaken} places are already booked: the capacity cannot be less.");
        Title = details.Title.Trim();
        Summary = details.Summary.Trim();
        Audience = details.Audience.Trim();
        Prerequisites = string.IsNullOrWhiteSpace(details.Prerequisites) ? null : details.Prerequisites.Trim();
        Delivery = details.Delivery;
        Venue = string.IsNullOrWhiteSpace(details.Venue) ? null : details.Venue.Trim();
        Capacity = Kind == OfferKind.Service ? null : details.Capacity;
        PlacesPerSetting = details.PlacesPerSetting;
        PricePence = details.PricePence;
        PriceRuleCode = string.IsNullOrWhiteSpace(details.PriceRuleCode) ? null : details.PriceRuleCode;
        Version++;
    }

    public OfferSession AddSession(DateOnly date, TimeOnly starts, TimeOnly ends, string? venue)
    {
        if (Kind == OfferKind.Service)
            throw new InvalidOperationException("A service is requested, not held in sessions.");
        if (Status != OfferStatus.Draft && PlacesTaken > 0)
            throw new InvalidOperationException("Places are booked: a session cannot be added now.");
        var session = new OfferSession(this, sessions.Count + 1, date, starts, ends, venue);
        sessions.Add(session);
        Renumber();
        Version++;
        return session;
    }

    public void RemoveSession(OfferSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (Status != OfferStatus.Draft && PlacesTaken > 0)
            throw new InvalidOperationException("Places are booked: a session cannot be removed now.");
        sessions.Remove(session);
        Renumber();
        Version++;
    }

    /// Moves a session to a new date or time (courses do move), with places booked or not: never into the past, never
    /// once its register is taken. Cancellation charges then count from the new first session.
    public void RescheduleSession(OfferSession session, DateOnly date, TimeOnly starts, TimeOnly ends, string? venue, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!sessions.Contains(session))
            throw new InvalidOperationException("That session is not one of this item's.");
        if (session.RegisterTakenAt is not null)
            throw new InvalidOperationException("The register of this session is taken: it cannot move now.");
        if (date < today)
            throw new InvalidOperationException("A session cannot move into the past.");
        session.Move(date, starts, ends, venue);
        Renumber();
        Version++;
    }

    public void Publish(string by, DateTimeOffset at)
    {
        if (Status != OfferStatus.Draft)
            throw new InvalidOperationException("Only a draft is published.");
        if (Kind != OfferKind.Service && sessions.Count == 0)
            throw new InvalidOperationException("A course or event needs at least one session before it is published.");
        if (Kind != OfferKind.Service && Capacity is null)
            throw new InvalidOperationException("A course or event needs a number of places before it is published.");
        Status = OfferStatus.Published;
        PublishedBy = by;
        PublishedAt = at;
        Version++;
    }

    /// Why this draft cannot be published today, in the words the LA reads; null when it can.
    public string? WhyNotPublishable(DateOnly today)
    {
        if (Status != OfferStatus.Draft)
            return "Only a draft is published";
        if (Kind == OfferKind.Service)
            return null;
        var what = Kind == OfferKind.Course ? "course" : "event";
        if (sessions.Count == 0)
            return $"Add at least one session before the {what} is published";
        if (Capacity is null)
            return $"Enter the number of places before the {what} is published";
        if (StartsOn < today)
            return $"The first session has passed: change the sessions before the {what} is published";
        return null;
    }

    /// Takes the item out of the catalogue: it takes no more bookings, and keeps those it has.
    public void Withdraw(string reason, string by, DateTimeOffset at)
    {
        if (Status != OfferStatus.Published)
            throw new InvalidOperationException("Only a published item is withdrawn.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("Say why the item is withdrawn.", nameof(reason));
        Status = OfferStatus.Withdrawn;
        WithdrawnReason = reason.Trim();
        WithdrawnBy = by;
        WithdrawnAt = at;
        Version++;
    }

    /// Takes one place. The caller has checked the setting's limit; this guards the item's own capacity.
    public void TakePlace()
    {
        if (Status != OfferStatus.Published)
            throw new InvalidOperationException("Only a published item takes bookings.");
        if (IsFull)
            throw new InvalidOperationException("Every place is taken.");
        PlacesTaken++;
        Version++;
    }

    public void FreePlace()
    {
        if (PlacesTaken == 0)
            throw new InvalidOperationException("No place is taken.");
        PlacesTaken--;
        Version++;
    }

    /// Marks the item changed without changing it, so that a booking change that moves no place (joining the
    /// waiting list, a substitute) still cannot interleave with another change to the same item.
    public void Touch() => Version++;

    private void Renumber()
    {
        var number = 1;
        foreach (var session in sessions.OrderBy(s => s.Date).ThenBy(s => s.Starts))
            session.Renumber(number++);
    }
}

/// The words and numbers of an item, as the LA edits them.
public sealed record OfferDetails(
    string Title,
    string Summary,
    string Audience,
    string? Prerequisites,
    OfferDelivery Delivery,
    string? Venue,
    int? Capacity,
    int? PlacesPerSetting,
    int PricePence,
    string? PriceRuleCode);
