namespace Ascent.Web.Domain.Offer;

/// A charge a booked place is due, or one already raised: a reason and whole pence (negative only for a credit).
public sealed record ChargeLine(ChargeReason Reason, int Pence);

/// What a booked place is charged once its register is closed (docs/offer.md#charges), and how a register corrected
/// after its charges were raised is put right. Attended or partly attended: a place at the booking's own price, when it
/// has one. A no-show: the no-show charge of the booking's own terms, even for a free course or event. A charge is
/// never edited: a correction credits what was raised and charges what is due (the terms' credit instead of refund).
public static class ChargeRule
{
    /// What the outcome costs; null when nothing is due (a free place attended, or a no-show the terms do not charge).
    public static ChargeLine? Due(BookingOutcome outcome, int pricePence, int noShowPence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pricePence);
        ArgumentOutOfRangeException.ThrowIfNegative(noShowPence);
        return outcome switch
        {
            BookingOutcome.NoShow => noShowPence > 0 ? new ChargeLine(ChargeReason.NoShow, noShowPence) : null,
            _ => pricePence > 0 ? new ChargeLine(ChargeReason.Place, pricePence) : null,
        };
    }

    /// The lines to add so that what was raised for a place (its place, no-show and credit lines; a late cancellation
    /// is not the register's) comes to what is due: nothing when it already does; otherwise a credit of what stands
    /// and the charge now due. Raising the same outcome twice therefore adds nothing.
    public static IReadOnlyList<ChargeLine> Corrections(IReadOnlyList<ChargeLine> raised, ChargeLine? due)
    {
        ArgumentNullException.ThrowIfNull(raised);
        var register = raised.Where(r => r.Reason != ChargeReason.LateCancellation).ToList();
        var standing = register.Sum(r => r.Pence);
        var dueReason = due?.Reason;
        var duePence = due?.Pence ?? 0;
        // What stands is the last charge raised (a credit cancels what came before it).
        var standingReason = register.LastOrDefault(r => r.Reason != ChargeReason.Credit)?.Reason;
        if (standing == duePence && (duePence == 0 || standingReason == dueReason))
            return [];
        var lines = new List<ChargeLine>();
        if (standing > 0)
            lines.Add(new ChargeLine(ChargeReason.Credit, -standing));
        if (due is not null)
            lines.Add(due);
        else if (standing < 0)
            throw new InvalidOperationException("More was credited than was charged for this place.");
        return lines;
    }

    /// How a reason is written for people and in the finance export.
    public static string Label(ChargeReason reason) => reason switch
    {
        ChargeReason.Place => "Place",
        ChargeReason.LateCancellation => "Late cancellation",
        ChargeReason.NoShow => "No-show",
        _ => "Credit",
    };

    /// The reason as the finance export writes it: place, late-cancellation, no-show, credit.
    public static string Code(ChargeReason reason) => reason switch
    {
        ChargeReason.Place => "place",
        ChargeReason.LateCancellation => "late-cancellation",
        ChargeReason.NoShow => "no-show",
        _ => "credit",
    };
}
