namespace Ascent.Web.Domain.Instruments;

/// A child's band in a Leuven screening, from the two scales read separately (instruments.md): red when either is
/// below 3, amber when either is 3 and neither is below, green when both are 4 or 5. The scores are never added:
/// a child with 5 for well-being and 2 for involvement is red, not "7 out of 10".
/// The values run from the best band to the worst, so "red first" is <see cref="LeuvenBands.MostUrgentFirst"/>,
/// never the enum's own order.
public enum LeuvenBand
{
    Green,
    Amber,
    Red,
}

public static class LeuvenBands
{
    public const int Min = 1;
    public const int Max = 5;

    /// Red, then amber, then green: the order children needing action are listed in.
    public static readonly IComparer<LeuvenBand> MostUrgentFirst = Comparer<LeuvenBand>.Create((a, b) => b.CompareTo(a));

    public static bool IsLevel(int level) => level is >= Min and <= Max;

    /// The band of a child scored on both scales, each 1 to 5.
    public static LeuvenBand Of(int wellbeing, int involvement)
    {
        if (!IsLevel(wellbeing) || !IsLevel(involvement))
            throw new ArgumentOutOfRangeException(nameof(wellbeing), "Leuven levels run from 1 to 5.");
        var lower = Math.Min(wellbeing, involvement);
        return lower < 3 ? LeuvenBand.Red : lower == 3 ? LeuvenBand.Amber : LeuvenBand.Green;
    }

    /// The band one level of one scale falls in on its own (a bar of a scale's spread).
    public static LeuvenBand OfLevel(int level) => Of(level, level);

    /// The band's name, shown beside its colour so the colour is never the only cue.
    public static string Label(this LeuvenBand band) => band switch
    {
        LeuvenBand.Red => "Red",
        LeuvenBand.Amber => "Amber",
        _ => "Green",
    };

    /// What the band means and asks of the practitioners, in words that follow a count ("3 (15%): …").
    public static string Meaning(this LeuvenBand band) => band switch
    {
        LeuvenBand.Red => "a score below 3 on either scale: watch closely and act now",
        LeuvenBand.Amber => "a 3 on either scale and nothing lower: watch closely",
        _ => "4 or 5 on both scales",
    };

    /// Red and amber children get closer observation and individual action points.
    public static bool NeedsAction(this LeuvenBand band) => band != LeuvenBand.Green;
}
