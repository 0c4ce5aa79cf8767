using System.Globalization;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// An item's answer on one line of a past-audits file.
public abstract record PastAnswer
{
    /// The Score cell was empty: the item was not scored in that audit.
    public sealed record Unscored : PastAnswer;

    public sealed record NotApplicable : PastAnswer;

    public sealed record Score(int Value) : PastAnswer;

    public sealed record Checklist(ChecklistAnswer Answer) : PastAnswer;

    public sealed record Indicator(string Code, IndicatorAnswer Answer) : PastAnswer;
}

/// The cells of a past-audits file that decide which audit a line belongs to, read but not yet checked against
/// the register or the instruments.
public sealed record PastAuditLine(int LineNumber, string Urn, string Date, string Room, string Instrument, string Observer, string Item, string Score, string Indicator, string Answer);

/// Reads a past-audits CSV: URN, Date, Room, Instrument, Observer, Item and either Score, or Indicator and Answer
/// (Room may be left out; an export's Observers column is read as Observer). The answers are understood here;
/// AuditImport checks them against the register and the instrument.
public static class AuditImportFile
{
    public const int NameMaxLength = 200;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d MMMM yyyy", "d MMM yyyy"];

    public static (IReadOnlyList<PastAuditLine> Lines, IReadOnlyList<TransferProblem> Problems) Read(Stream stream)
    {
        var (columns, lines, problems) = AuditImportCsv.Read(stream);
        if (columns.Count == 0)
            return ([], problems);
        var missing = new[] { ("urn", "URN"), ("date", "Date"), ("instrument", "Instrument"), ("item", "Item") }
            .Where(c => !columns.Contains(c.Item1)).Select(c => c.Item2).ToList();
        if (!columns.Contains("observer") && !columns.Contains("observers"))
            missing.Add("Observer");
        var scores = columns.Contains("score");
        var indicators = columns.Contains("indicator") && columns.Contains("answer");
        if (!scores && !indicators)
            missing.Add("Score (or Indicator and Answer)");
        if (missing.Count > 0)
            return ([], [new TransferProblem(1, $"The first row must name the columns URN, Date, Room, Instrument, Observer, Item and Score (or Indicator and Answer): {string.Join(", ", missing)} missing")]);
        if (lines.Count == 0 && problems.Count == 0)
            return ([], [new TransferProblem(1, "The file has no audits in it")]);

        return ([.. lines.Select(l => new PastAuditLine(l.LineNumber, l["urn"].ToUpperInvariant(), l["date"], l["room"], l["instrument"],
            l["observer"].Length > 0 ? l["observer"] : l["observers"], l["item"], l["score"], l["indicator"], l["answer"]))], problems);
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var date) ? date : null;

    /// The line's answer for this instrument and item, or the reason it cannot be one.
    public static (PastAnswer? Answer, string? Problem) Answer(PastAuditLine line, InstrumentDefinition instrument, InstrumentItem item)
    {
        if (line.Indicator.Length > 0)
            return IndicatorAnswerOf(line, instrument, item);
        if (line.Answer.Length > 0)
            return (null, $"Item {item.Number} has an Answer but no Indicator: give the indicator (such as 3.2) or put the item's score in Score");
        var score = line.Score;
        if (score.Length == 0)
            return (new PastAnswer.Unscored(), null);
        if (IsNotApplicable(score))
        {
            return item.NotApplicableAllowed
                ? (new PastAnswer.NotApplicable(), null)
                : (null, $"Item {item.Number} ({item.Name}) cannot be not applicable");
        }

        if (instrument.Scoring == ScoringRule.Checklist)
        {
            return ChecklistOf(score) is { } answer
                ? (new PastAnswer.Checklist(answer), null)
                : (null, $"The answer for item {item.Number} must be met, partly met, not met or NA, not \"{LicensedTextsFile.Shorten(score)}\"");
        }

        if (!int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !instrument.Scale.Contains(value))
            return (null, $"The score for item {item.Number} must be a whole number from {instrument.Scale.Min} to {instrument.Scale.Max} (or NA), not \"{LicensedTextsFile.Shorten(score)}\"");
        return (new PastAnswer.Score(value), null);
    }

    private static (PastAnswer? Answer, string? Problem) IndicatorAnswerOf(PastAuditLine line, InstrumentDefinition instrument, InstrumentItem item)
    {
        if (line.Score.Length > 0)
            return (null, $"Item {item.Number} has both a Score and an Indicator: give one or the other on a line");
        if (instrument.Scoring != ScoringRule.EnvironmentRating)
            return (null, $"{instrument.Name} has no indicators: put each item's answer in Score");
        if (item.Indicators.Count == 0)
            return (null, $"Item {item.Number} has no indicators in Ascent: import your licensed indicator texts first, or give the item's score in Score");
        var code = IndicatorCode.TryParse(line.Indicator)?.Code;
        var indicator = item.Indicators.FirstOrDefault(i => i.Code == code);
        if (indicator is null)
            return (null, $"Item {item.Number} has no indicator \"{LicensedTextsFile.Shorten(line.Indicator)}\"");
        IndicatorAnswer? answer = line.Answer.ToUpperInvariant() switch
        {
            "Y" or "YES" => IndicatorAnswer.Yes,
            "N" or "NO" => IndicatorAnswer.No,
            _ when IsNotApplicable(line.Answer) => IndicatorAnswer.NotApplicable,
            _ => null,
        };
        if (answer is null)
            return (null, $"The answer to indicator {indicator.Code} of item {item.Number} must be Y, N or NA, not \"{LicensedTextsFile.Shorten(line.Answer)}\"");
        if (answer == IndicatorAnswer.NotApplicable && !indicator.NotApplicableAllowed)
            return (null, $"Indicator {indicator.Code} of item {item.Number} cannot be not applicable");
        return (new PastAnswer.Indicator(indicator.Code, answer.Value), null);
    }

    private static bool IsNotApplicable(string text) =>
        AuditImportCsv.Normalise(text) is "na" or "notapplicable";

    private static ChecklistAnswer? ChecklistOf(string text) => AuditImportCsv.Normalise(text) switch
    {
        "met" => ChecklistAnswer.Met,
        "partlymet" => ChecklistAnswer.PartlyMet,
        "notmet" => ChecklistAnswer.NotMet,
        _ => null,
    };
}
