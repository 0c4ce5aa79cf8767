using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// The LA's offer and its compliments and complaints: every part's form pages and targets, gathered here so that the
/// world's own lists name them once.
public sealed partial class BadInputWorld
{
    private static string[] OfferPages => [.. ComplaintPages, .. OfferCataloguePages, .. OfferChargePages, .. OfferBookingPages];

    private static async Task<List<Target>> OfferTargetsAsync(AscentFixture app) =>
    [
        .. await ComplaintTargetsAsync(app), .. await OfferCatalogueTargetsAsync(app), .. await OfferChargeTargetsAsync(app),
        .. await OfferBookingTargetsAsync(app),
    ];
}
