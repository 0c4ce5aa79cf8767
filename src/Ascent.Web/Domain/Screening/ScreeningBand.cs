namespace Ascent.Web.Domain.Screening;

/// The screening rule of the Leuven scales (instruments.md): red when either scale is below 3, amber when either is
/// 3 and neither is lower, green when both are 4 or 5. The two scales are read separately, never added together.
public enum ScreeningBand
{
    Red,
    Amber,
    Green,
}

public static class ScreeningBands
{
    public const int Min = 1;
    public const int Max = 5;

    public static bool IsLevel(int score) => score is >= Min and <= Max;

    public static ScreeningBand Of(int wellBeing, int involvement)
    {
        if (!IsLevel(wellBeing) || !IsLevel(involvement))
            throw new ArgumentOutOfRangeException(nameof(wellBeing), "Leuven levels run from 1 to 5.");
        var lowest = Math.Min(wellBeing, involvement);
        return lowest < 3 ? ScreeningBand.Red : lowest == 3 ? ScreeningBand.Amber : ScreeningBand.Green;
    }

    public static string Label(ScreeningBand band) => band switch
    {
        ScreeningBand.Red => "Red",
        ScreeningBand.Amber => "Amber",
        _ => "Green",
    };

    /// What each band asks of the practitioners, in plain words.
    public static string Meaning(ScreeningBand band) => band switch
    {
        ScreeningBand.Red => "a score below 3 on either scale: watch closely and act now",
        ScreeningBand.Amber => "a 3 on either scale and nothing lower: watch closely",
        _ => "4 or 5 on both scales",
    };
}
