using System.Globalization;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure;

namespace Ascent.Web.Pages.Offer;

/// The LA's terms and an item's price in plain words, as the catalogue, an item's page and the terms page show them.
public static class OfferWords
{
    public static string Kind(OfferKind kind) => kind switch
    {
        OfferKind.Service => "Service",
        OfferKind.Course => "Course",
        _ => "Event",
    };

    public static string Delivery(OfferDelivery delivery) => delivery == OfferDelivery.Online ? "Online" : "In person";

    public static string Amount(int pence) => pence == 0 ? "Free" : Format.Pence(pence);

    /// The price as the LA sees it: a fixed price, or the rule in words with the full price it starts from.
    public static string PriceForLa(OfferItem item, OfferTerms terms)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Price(item.PriceRuleCode) is not { } rule)
            return item.PricePence == 0 ? "Free to every setting" : $"{Format.Pence(item.PricePence)} for every setting";
        return $"{rule.Name}: {Rule(rule, item.PricePence)}";
    }

    /// "Free when the setting is on a support pathway; £150.00 for every other setting".
    public static string Rule(PriceRule rule, int fullPricePence)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return string.Join("; ", rule.Lines.Select(line => line.When == PriceCondition.Otherwise
            ? $"{LinePrice(line, fullPricePence)} for every other setting"
            : $"{LinePrice(line, fullPricePence)} when {Condition(line)}"));
    }

    /// The same in the terms' own units, for the terms page where no item's price is known.
    public static string RuleLine(PriceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var price = line.Price switch
        {
            PriceKind.Free => "free",
            PriceKind.Percent => $"{line.Value}% of the price",
            PriceKind.Fixed => Format.Pence(line.Value),
            _ => "the full price",
        };
        return line.When == PriceCondition.Otherwise ? $"Otherwise: {price}" : $"When {Condition(line)}: {price} ({line.Reason})";
    }

    /// "Free to cancel up to 14 days before the first session; after that 100% of the price."
    public static string Cancellation(OfferTerms terms, bool free, decimal hours)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var c = terms.Cancellation;
        var after = free
            ? c.LateFreePlaceChargedAsNoShow ? $"after that a free place is charged as a no-show ({Format.Pence(terms.NoShowCharge(hours))})" : "after that it still costs nothing"
            : $"after that {c.LateChargePercent}% of the price";
        var credit = c.CreditInsteadOfRefund ? " A charge put right later is a credit on the next statement, not a refund." : "";
        return $"Free to cancel up to {c.FreeUntilDaysBefore} days before the first session; {after}.{credit}";
    }

    /// "A place nobody attends is charged £50.00, even when free."
    public static string NoShow(OfferTerms terms, decimal hours)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return $"A place nobody attends is charged {Format.Pence(terms.NoShowCharge(hours))}, even when free.";
    }

    /// "3 of 16 places left", "Full: join the waiting list", or "Requested by each setting" for a service.
    public static string Places(OfferKind kind, int? capacity, int taken)
    {
        if (kind == OfferKind.Service || capacity is not { } places)
            return "Requested by each setting";
        var left = Math.Max(0, places - taken);
        return left == 0 ? "Full: join the waiting list" : $"{left.ToString(CultureInfo.InvariantCulture)} of {places.ToString(CultureInfo.InvariantCulture)} places left";
    }

    private static string LinePrice(PriceLine line, int fullPricePence) => Amount(line.Apply(fullPricePence).Pence);

    private static string Condition(PriceLine line) => line.When switch
    {
        PriceCondition.OnPathway => "the setting is on a support pathway",
        _ => $"the setting's standing is {string.Join(" or ", line.Bands.Select(Band).Concat(line.Standings))}",
    };

    private static string Band(StandingBand band) => band switch
    {
        StandingBand.Meets => "good or better",
        StandingBand.Improve => "requires improvement",
        StandingBand.Urgent => "inadequate",
        _ => "not yet judged",
    };
}
