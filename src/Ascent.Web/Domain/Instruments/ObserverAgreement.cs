namespace Ascent.Web.Domain.Instruments;

/// Two observers' answers item by item, and how far they agree: exact (the same answer) and within one point (scores
/// at most one apart, or the same answer), over the items both answered. Reported per audit; never an average of
/// the two, which is not a score anyone observed.
public sealed record ObserverAgreement(IReadOnlyList<ItemComparison> Items)
{
    public int Compared => Items.Count(i => i.First.IsAnswered && i.Second.IsAnswered);

    public int Exact => Items.Count(i => i.Same);

    public int WithinOne => Items.Count(i => i.WithinOne);

    /// Whole percentages of the items compared, or null when none were.
    public int? ExactPercent => Percent(Exact);

    public int? WithinOnePercent => Percent(WithinOne);

    public static ObserverAgreement Of(InstrumentDefinition instrument, IReadOnlyDictionary<string, ItemAnswer> first, IReadOnlyDictionary<string, ItemAnswer> second)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new([.. instrument.Items.Select(i => new ItemComparison(i, first.GetValueOrDefault(i.Number), second.GetValueOrDefault(i.Number)))]);
    }

    private int? Percent(int count) =>
        Compared == 0 ? null : (int)Math.Round(100m * count / Compared, 0, MidpointRounding.AwayFromZero);
}

public sealed record ItemComparison(InstrumentItem Item, ItemAnswer First, ItemAnswer Second)
{
    public bool BothAnswered => First.IsAnswered && Second.IsAnswered;

    public bool Same => BothAnswered && First == Second;

    public bool WithinOne => Same || (First.Score is { } a && Second.Score is { } b && Math.Abs(a - b) <= 1);

    /// The answer to start the agreed sheet with: only where the two agree exactly, never a mean of the two.
    public ItemAnswer? Proposed => Same ? First : null;
}
