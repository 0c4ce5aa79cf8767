namespace Ascent.Web.Domain.Instruments;

/// A child's band in a Leuven screening, from the two scales read separately (instruments.md): red when either is
/// below 3, amber when either is 3 and neither is below, green when both are 4 or 5. The scores are never added:
/// a child with 5 for well-being and 2 for involvement is red, not "7 out of 10".
public enum LeuvenBand
{
    Green,
    Amber,
    Red,
}

public static class LeuvenBands
{
    /// The band of a child scored on both scales, each 1 to 5.
    public static LeuvenBand Of(int wellbeing, int involvement)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wellbeing, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wellbeing, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(involvement, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(involvement, 5);
        var lower = Math.Min(wellbeing, involvement);
        return lower < 3 ? LeuvenBand.Red : lower == 3 ? LeuvenBand.Amber : LeuvenBand.Green;
    }

    /// The band's name, shown beside its colour so the colour is never the only cue.
    public static string Label(this LeuvenBand band) => band switch
    {
        LeuvenBand.Red => "Red",
        LeuvenBand.Amber => "Amber",
        _ => "Green",
    };

    /// What the band means and what it asks of the practitioner, in a sentence.
    public static string Meaning(this LeuvenBand band) => band switch
    {
        LeuvenBand.Red => "A score below 3 on well-being or involvement: observe closely and agree an action point for this child.",
        LeuvenBand.Amber => "A score of 3 on well-being or involvement and none lower: observe closely and agree an action point for this child.",
        _ => "Well-being and involvement both 4 or 5.",
    };

    /// Red and amber children get closer observation and individual action points.
    public static bool NeedsAction(this LeuvenBand band) => band != LeuvenBand.Green;
}
