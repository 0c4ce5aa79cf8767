using System.Globalization;

namespace Ascent.Web.Domain.Instruments;

/// The common bands of the environment rating scales (instruments.md): 1–2 inadequate, 3–4 minimal, 5–6 good,
/// 7 excellent. A mean (a subscale or total) takes the band of the whole scores it lies between: 4.99 is minimal.
public enum ScoreBand
{
    Inadequate,
    Minimal,
    Good,
    Excellent,
}

public static class ScoreBands
{
    /// The score a rating should reach to count as good: suggested goals aim for it.
    public const int Good = 5;

    public static ScoreBand Of(decimal score) => score switch
    {
        < 3 => ScoreBand.Inadequate,
        < 5 => ScoreBand.Minimal,
        < 7 => ScoreBand.Good,
        _ => ScoreBand.Excellent,
    };

    public static ScoreBand Of(int score) => Of((decimal)score);

    public static string Name(ScoreBand band) => band switch
    {
        ScoreBand.Inadequate => "inadequate",
        ScoreBand.Minimal => "minimal",
        ScoreBand.Good => "good",
        _ => "excellent",
    };

    /// "2 (inadequate)".
    public static string Describe(int score) => $"{score.ToString(CultureInfo.InvariantCulture)} ({Name(Of(score))})";

    /// "3.40 (minimal)": means always to 2 decimal places.
    public static string Describe(decimal mean) => $"{mean.ToString("0.00", CultureInfo.InvariantCulture)} ({Name(Of(mean))})";

    /// The GOV.UK tag colour for a band.
    public static string Colour(ScoreBand band) => band switch
    {
        ScoreBand.Inadequate => "red",
        ScoreBand.Minimal => "orange",
        ScoreBand.Good => "green",
        _ => "blue",
    };
}
