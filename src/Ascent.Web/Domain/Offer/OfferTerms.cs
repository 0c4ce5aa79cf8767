using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.Offer;

/// The LA's terms for its offer (offer/terms.yaml, or the LA's own uploaded version; docs/offer.md): price rules, the
/// cancellation window, no-show charges and the limits on places. Every amount is whole pence. The loader refuses a
/// file that leaves any case undefined, so nothing here has to guess.
public sealed record OfferTerms(
    string Name,
    int PlacesPerSetting,
    IReadOnlyList<PriceRule> Prices,
    CancellationTerms Cancellation,
    IReadOnlyList<NoShowBand> NoShowBands,
    int NoShowOtherwisePence,
    bool SubstitutesUntilStart,
    int TransfersUntilDaysBefore)
{
    public PriceRule? Price(string? code) => code is null ? null : Prices.FirstOrDefault(p => p.Code == code);

    /// The charge for a booked place nobody attended, by the course's length in hours (the first band it fits).
    public int NoShowCharge(decimal hours) =>
        NoShowBands.FirstOrDefault(b => hours <= b.UpToHours)?.Pence ?? NoShowOtherwisePence;

    /// What cancelling a place costs: nothing up to the window, then a share of its price, or the no-show charge for
    /// a free place when the terms say so. `daysBefore` counts calendar days from the cancellation to the first session.
    public CancellationCharge CancellationFor(int pricePence, int daysBefore, decimal hours)
    {
        if (daysBefore >= Cancellation.FreeUntilDaysBefore)
            return new CancellationCharge(0, $"Cancelled {daysBefore} days before: no charge (free up to {Cancellation.FreeUntilDaysBefore} days before)");
        if (pricePence > 0)
        {
            var pence = (int)Math.Round(pricePence * Cancellation.LateChargePercent / 100m, MidpointRounding.AwayFromZero);
            return new CancellationCharge(pence, $"Cancelled {daysBefore} days before: {Cancellation.LateChargePercent}% of the price");
        }

        return Cancellation.LateFreePlaceChargedAsNoShow
            ? new CancellationCharge(NoShowCharge(hours), $"Cancelled {daysBefore} days before: a free place is charged as a no-show")
            : new CancellationCharge(0, $"Cancelled {daysBefore} days before: a free place costs nothing to cancel");
    }
}

public sealed record CancellationTerms(int FreeUntilDaysBefore, int LateChargePercent, bool LateFreePlaceChargedAsNoShow, bool CreditInsteadOfRefund);

public sealed record CancellationCharge(int Pence, string Reason);

public sealed record NoShowBand(decimal UpToHours, int Pence);

/// What a price rule knows of a setting when it prices a place: whether it has an open support case, and its standing.
public sealed record SettingPriceFacts(bool OnPathway, Standing Standing);

/// The price of one place for one setting, and why, as the booking keeps it.
public sealed record PlacePrice(int Pence, string Reason);

/// A named rule an item's price follows. Its lines are read in order; the last is always `otherwise`.
public sealed record PriceRule(string Code, string Name, IReadOnlyList<PriceLine> Lines)
{
    public PlacePrice PriceFor(SettingPriceFacts facts, int fullPricePence)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var line in Lines)
        {
            if (line.Matches(facts))
                return line.Apply(fullPricePence);
        }

        // The loader refuses a rule without `otherwise`; an item's own price stands if one ever got through.
        throw new InvalidOperationException($"Price rule '{Code}' has no line for this setting.");
    }
}

public enum PriceCondition
{
    OnPathway,
    Standing,
    Otherwise,
}

public enum PriceKind
{
    Free,
    FullPrice,
    Percent,
    Fixed,
}

/// One line of a price rule: when it applies and what it charges.
public sealed record PriceLine(PriceCondition When, IReadOnlyList<StandingBand> Bands, IReadOnlyList<string> Standings, PriceKind Price, int Value, string Reason)
{
    public bool Matches(SettingPriceFacts facts) => When switch
    {
        PriceCondition.OnPathway => facts.OnPathway,
        PriceCondition.Standing => Bands.Contains(facts.Standing.Band) || Standings.Contains(facts.Standing.Code),
        _ => true,
    };

    public PlacePrice Apply(int fullPricePence) => Price switch
    {
        PriceKind.Free => new PlacePrice(0, Reason),
        PriceKind.Percent => new PlacePrice((int)Math.Round(fullPricePence * Value / 100m, MidpointRounding.AwayFromZero), Reason),
        PriceKind.Fixed => new PlacePrice(Value, Reason),
        _ => new PlacePrice(fullPricePence, Reason),
    };
}
