namespace Ascent.Web.Domain.Instruments;

/// Two observers' answers item by item, and how far they agree. The figures (exact, within one point) are
/// <see cref="Agreement.Of"/>'s, the same the results page and each observer's history show: only items both
/// observers scored are compared, so two "not applicable" answers are the same answer (proposed for the agreed
/// sheet) but say nothing about agreement. Never an average of the two, which is not a score anyone observed.
public sealed record ObserverAgreement(IReadOnlyList<ItemComparison> Items, AgreementFigures Figures)
{
    public int Compared => Figures.Compared;

    public int Exact => Figures.Exact;

    public int WithinOne => Figures.WithinOne;

    /// Whole percentages of the items compared, or null when none were.
    public int? ExactPercent => Figures.ExactPercent;

    public int? WithinOnePercent => Figures.WithinOnePercent;

    public static ObserverAgreement Of(InstrumentDefinition instrument, IReadOnlyDictionary<string, ItemAnswer> first, IReadOnlyDictionary<string, ItemAnswer> second)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var items = instrument.Items.Select(i => new ItemComparison(i, first.GetValueOrDefault(i.Number), second.GetValueOrDefault(i.Number))).ToList();
        var figures = Agreement.Of(
            items.ToDictionary(c => c.Item.Number, c => ScoreOf(c.First), StringComparer.Ordinal),
            items.ToDictionary(c => c.Item.Number, c => ScoreOf(c.Second), StringComparer.Ordinal));
        return new(items, figures);
    }

    private static int? ScoreOf(ItemAnswer answer) => answer.NotApplicable ? null : answer.Score;
}

public sealed record ItemComparison(InstrumentItem Item, ItemAnswer First, ItemAnswer Second)
{
    public bool BothAnswered => First.IsAnswered && Second.IsAnswered;

    public bool Same => BothAnswered && First == Second;

    /// The answer to start the agreed sheet with: only where the two agree exactly, never a mean of the two.
    public ItemAnswer? Proposed => Same ? First : null;
}
