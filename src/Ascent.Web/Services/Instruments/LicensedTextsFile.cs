using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// One indicator text read from a licensed-texts file.
public sealed record LicensedTextRow(int LineNumber, string ItemNumber, IndicatorCode Indicator, bool NotApplicableAllowed, string Text);

/// Reads a licensed-texts CSV (Item, Indicator, Not applicable allowed, Text) and checks it against the instrument:
/// an item it does not have, an indicator that is not "level.number", a Y/N that is neither, an empty or over-long
/// text, an indicator given twice, and an item without an indicator at each of levels 1, 3, 5 and 7 (the rule needs
/// one at every level) are each listed with the line. The file is used whole or not at all.
public static class LicensedTextsFile
{
    private static readonly int[] Levels = [1, 3, 5, 7];

    public static (IReadOnlyList<LicensedTextRow> Rows, IReadOnlyList<TransferProblem> Problems) Read(Stream stream, InstrumentDefinition instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var (columns, lines, problems) = AuditImportCsv.Read(stream);
        var found = new List<TransferProblem>(problems);
        if (columns.Count == 0)
            return ([], found);
        var missing = new[] { ("item", "Item"), ("indicator", "Indicator"), ("notapplicableallowed", "Not applicable allowed"), ("text", "Text") }
            .Where(c => !columns.Contains(c.Item1)).Select(c => c.Item2).ToList();
        if (missing.Count > 0)
            return ([], [new TransferProblem(1, $"The first row must name the columns Item, Indicator, Not applicable allowed and Text: {string.Join(", ", missing)} is missing")]);
        if (lines.Count == 0 && found.Count == 0)
            return ([], [new TransferProblem(1, "The file has no indicator texts")]);

        var rows = new List<LicensedTextRow>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var line in lines)
        {
            var reason = Check(line, instrument, seen, out var row);
            if (reason is not null)
                found.Add(new TransferProblem(line.LineNumber, reason));
            else
                rows.Add(row!);
        }

        // Every item needs an indicator at each level, or the rule could not score it from ticked indicators.
        foreach (var item in instrument.Items)
        {
            var ofItem = rows.Where(r => r.ItemNumber == item.Number).ToList();
            var lacking = Levels.Where(level => ofItem.All(r => r.Indicator.Level != level)).ToList();
            if (lacking.Count == 0 || (ofItem.Count == 0 && found.Count > 0 && lines.Any(l => l["item"] == item.Number)))
                continue;
            var line = ofItem.Count > 0 ? ofItem[^1].LineNumber : (lines.Count > 0 ? lines[^1].LineNumber : 1);
            var levels = string.Join(", ", lacking);
            found.Add(new TransferProblem(line, ofItem.Count == 0
                ? $"Item {item.Number} ({item.Name}) has no indicators in the file: every item needs indicators at levels 1, 3, 5 and 7"
                : $"Item {item.Number} ({item.Name}) has no indicator at level {levels}: every item needs indicators at levels 1, 3, 5 and 7"));
        }

        return (rows, [.. found.OrderBy(p => p.LineNumber)]);
    }

    private static string? Check(CsvLine line, InstrumentDefinition instrument, Dictionary<(string, string), int> seen, out LicensedTextRow? row)
    {
        row = null;
        var number = line["item"];
        if (number.Length == 0)
            return "The item is empty";
        if (instrument.Item(number) is null)
            return $"{instrument.Name} has no item {Shorten(number)}";
        if (IndicatorCode.TryParse(line["indicator"]) is not { } indicator)
            return $"Indicator \"{Shorten(line["indicator"])}\" of item {number} is not a level (1, 3, 5 or 7), a full stop and a number, such as 3.2";
        if (YesNo(line["notapplicableallowed"]) is not { } allowed)
            return $"Not applicable allowed must be Y or N for indicator {indicator.Code} of item {number}, not \"{Shorten(line["notapplicableallowed"])}\"";
        var text = line["text"];
        if (text.Length == 0)
            return $"The text of indicator {indicator.Code} of item {number} is empty";
        if (text.Length > InstrumentText.TextMaxLength)
            return $"The text of indicator {indicator.Code} of item {number} is longer than {InstrumentText.TextMaxLength:N0} characters";
        if (seen.TryGetValue((number, indicator.Code), out var first))
            return $"Indicator {indicator.Code} of item {number} is also on line {first}";
        seen[(number, indicator.Code)] = line.LineNumber;
        row = new LicensedTextRow(line.LineNumber, number, indicator, allowed, text);
        return null;
    }

    private static bool? YesNo(string value) => value.ToUpperInvariant() switch
    {
        "Y" or "YES" => true,
        "N" or "NO" => false,
        _ => null,
    };

    internal static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
