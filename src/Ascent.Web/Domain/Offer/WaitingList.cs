namespace Ascent.Web.Domain.Offer;

/// One place on an item's waiting list, as the rule of who moves up reads it.
public sealed record WaitingPlace(int BookingId, int SettingId, DateTimeOffset WaitingSince);

/// Who moves up when places free (docs/offer.md#bookings): the waiting list in the order people joined it, skipping a
/// setting that already holds its limit of places, until the free places are gone.
public static class WaitingList
{
    /// The bookings that get a place, in order. `placesBySetting` counts the places each setting holds now.
    public static IReadOnlyList<int> WhoMovesUp(IEnumerable<WaitingPlace> waiting, IReadOnlyDictionary<int, int> placesBySetting, int limitPerSetting, int freePlaces)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(placesBySetting);
        var held = new Dictionary<int, int>(placesBySetting);
        var moving = new List<int>();
        foreach (var place in waiting.OrderBy(w => w.WaitingSince).ThenBy(w => w.BookingId))
        {
            if (moving.Count >= freePlaces)
                break;
            var count = held.GetValueOrDefault(place.SettingId);
            if (count >= limitPerSetting)
                continue;
            held[place.SettingId] = count + 1;
            moving.Add(place.BookingId);
        }

        return moving;
    }

    /// Whether one more person is the same as someone already booked: the same e-mail, or the same name when either
    /// has no e-mail.
    public static bool SamePerson(string name, string? email, string otherName, string? otherEmail)
    {
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(otherEmail))
            return string.Equals(email.Trim(), otherEmail.Trim(), StringComparison.OrdinalIgnoreCase);
        return string.Equals(name.Trim(), otherName.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
