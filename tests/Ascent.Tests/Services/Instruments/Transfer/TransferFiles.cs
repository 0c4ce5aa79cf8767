using System.Text;

namespace Ascent.Tests.Services.Instruments.Transfer;

/// The files the transfer tests read: a made-up licensed-texts file for the ECERS-3-compatible scale ("Indicator
/// text 3.1 for item 1": placeholders, never a publisher's words) with indicators 1.1, 3.1, 3.2, 5.1, 5.2 (which may
/// be not applicable) and 7.1 for every item, and past-audit files written in the tests.
public static class TransferFiles
{
    public const string AuditHeader = "URN,Date,Room,Instrument,Observer,Item,Score\n";
    public const string IndicatorHeader = "URN,Date,Room,Instrument,Observer,Item,Indicator,Answer\n";

    public static string PlaceholderTextsPath => Path.Combine(AppContext.BaseDirectory, "Services", "Instruments", "Transfer", "Files", "ecers-3-placeholder-texts.csv");

    public static byte[] PlaceholderTexts(string? replaceWord = null)
    {
        var text = File.ReadAllText(PlaceholderTextsPath);
        return Encoding.UTF8.GetBytes(replaceWord is null ? text : text.Replace("Indicator text", replaceWord, StringComparison.Ordinal));
    }

    public static MemoryStream Stream(string csv) => new(Encoding.UTF8.GetBytes(csv));

    /// An item's indicator lines giving the score asked for, with the placeholder texts' indicators.
    public static string IndicatorLines(string prefix, int item, int score)
    {
        var answers = score switch
        {
            1 => new[] { ("1.1", "Y") },
            2 => [("1.1", "N"), ("3.1", "Y"), ("3.2", "N")],
            4 => [("1.1", "N"), ("3.1", "Y"), ("3.2", "Y"), ("5.1", "Y"), ("5.2", "N")],
            5 => [("1.1", "N"), ("3.1", "Y"), ("3.2", "Y"), ("5.1", "Y"), ("5.2", "NA"), ("7.1", "N")],
            _ => [("1.1", "N"), ("3.1", "Y"), ("3.2", "Y"), ("5.1", "Y"), ("5.2", "Y"), ("7.1", "Y")],
        };
        return string.Concat(answers.Select(a => $"{prefix},{item},{a.Item1},{a.Item2}\n"));
    }
}
