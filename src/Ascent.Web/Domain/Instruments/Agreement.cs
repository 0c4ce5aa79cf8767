namespace Ascent.Web.Domain.Instruments;

/// How closely two observers' scores agree (instruments.md: the final score is agreed by discussion, and agreement is
/// reported as exact and within one point). Only items both observers scored are compared: an item one left blank or
/// marked not applicable says nothing about agreement.
public static class Agreement
{
    /// Exact and within-one agreement of two sheets' item scores, keyed by item number.
    public static AgreementFigures Of(IReadOnlyDictionary<string, int?> first, IReadOnlyDictionary<string, int?> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        int compared = 0, exact = 0, withinOne = 0;
        foreach (var (item, score) in first)
        {
            if (score is not { } a || second.GetValueOrDefault(item) is not { } b)
                continue;
            compared++;
            if (a == b)
                exact++;
            if (Math.Abs(a - b) <= 1)
                withinOne++;
        }

        return new AgreementFigures(compared, exact, withinOne);
    }
}

/// Items compared, and how many of them the two observers scored the same and within one point of each other.
/// Running figures over several audits add the counts (every compared item weighs the same), not the percentages.
public sealed record AgreementFigures(int Compared, int Exact, int WithinOne)
{
    public static AgreementFigures None { get; } = new(0, 0, 0);

    /// Exact agreement as a whole percentage (halves away from zero), or null when nothing was compared.
    public int? ExactPercent => Percent(Exact);

    public int? WithinOnePercent => Percent(WithinOne);

    public static AgreementFigures operator +(AgreementFigures left, AgreementFigures right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Compared + right.Compared, left.Exact + right.Exact, left.WithinOne + right.WithinOne);
    }

    public AgreementFigures Add(AgreementFigures other) => this + other;

    private int? Percent(int count) =>
        Compared == 0 ? null : (int)Math.Round(100m * count / Compared, 0, MidpointRounding.AwayFromZero);
}
