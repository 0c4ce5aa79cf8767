using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// The price of a place on an item for one setting, by the item's fixed price or the price rule it names.
public sealed class OfferPrices(AppDbContext db, FrameworkRegistry frameworks)
{
    public async Task<PlacePrice> ForAsync(OfferItem item, int settingId, OfferTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Price(item.PriceRuleCode) is not { } rule)
            return new PlacePrice(item.PricePence, item.PricePence == 0 ? "Free to every setting" : "Full price");
        return rule.PriceFor(await FactsAsync(item.TenantId, settingId, cancellationToken), item.PricePence);
    }

    public async Task<SettingPriceFacts> FactsAsync(int tenantId, int settingId, CancellationToken cancellationToken)
    {
        var standingCode = await db.Settings.Where(s => s.Id == settingId).Select(s => s.StandingCode).SingleAsync(cancellationToken);
        // Support cases are the LA's own rows, hidden from a setting's staff; whether their setting has an open one is
        // all a price needs, and the price's reason tells them no more than their support visits already do.
        var onPathway = await db.Cases.IgnoreQueryFilters()
            .AnyAsync(c => c.TenantId == tenantId && c.SettingId == settingId && c.Status == CaseStatus.Open, cancellationToken);
        return new SettingPriceFacts(onPathway, frameworks.FindStanding(standingCode));
    }
}
