using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Screening;

namespace Ascent.Web.Pages.Screening;

/// One scale's spread over the levels 1 to 5, drawn as bars that say what they show three ways: a colour and a
/// pattern per band, and the count and share in words beside each bar.
public sealed record Distribution(string Key, string ScaleName, IReadOnlyList<int> Counts, int Screened, decimal? Mean, ResponseScale Scale)
{
    public const int BarWidth = 240;

    public static LeuvenBand BandOfLevel(int level) => LeuvenBands.OfLevel(level);

    public static string Colour(LeuvenBand band) => band switch
    {
        LeuvenBand.Red => "#d4351c",
        LeuvenBand.Amber => "#f47738",
        _ => "#00703c",
    };

    public int Width(int count) => Screened == 0 ? 0 : (int)Math.Round((decimal)BarWidth * count / Screened, MidpointRounding.AwayFromZero);

    public string CountText(int count) =>
        $"{count} {(count == 1 ? "child" : "children")}" + (ScreeningSummary.PercentOf(count, Screened) is { } percent ? $" ({percent}%)" : "");
}
