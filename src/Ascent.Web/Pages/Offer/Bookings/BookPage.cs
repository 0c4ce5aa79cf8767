using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;

namespace Ascent.Web.Pages.Offer.Bookings;

/// What the booking page shows of an item for one setting: its price and why, the terms, and whether there is room.
public sealed record BookingTermsView(PlacePrice? Price, string Cancellation, string NoShow, string Substitutes, int Limit, int Held, int? Free)
{
    public bool SettingAtLimit => Held >= Limit;

    public bool Full => Free is <= 0;

    public bool OffersWaitingList => SettingAtLimit || Full;

    public static BookingTermsView For(OfferItem item, OfferTerms terms, PlacePrice? price, int held)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(terms);
        var window = terms.Cancellation;
        var late = window.LateFreePlaceChargedAsNoShow ? "; a free place cancelled late is charged as a no-show" : "";
        var cancellation = $"Free to cancel up to {window.FreeUntilDaysBefore} days before the first session. Later, {window.LateChargePercent}% of the price is charged{late}.";
        var noShow = $"A booked place nobody attends is charged {Infrastructure.Format.Pence(terms.NoShowCharge(item.Hours))}, even when the place is free.";
        var substitutes = (terms.SubstitutesUntilStart ? "Someone else from your setting may take a place until the course starts. " : "")
            + $"A place may move to another date of the same course until {terms.TransfersUntilDaysBefore} days before it starts.";
        return new BookingTermsView(price, cancellation, noShow, substitutes, item.PlacesPerSetting ?? terms.PlacesPerSetting, held,
            item.Capacity is { } capacity ? capacity - item.PlacesTaken : null);
    }
}
