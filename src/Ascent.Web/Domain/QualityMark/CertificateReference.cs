using System.Globalization;
using System.Text.RegularExpressions;

namespace Ascent.Web.Domain.QualityMark;

/// A certificate's reference number, "QM-2026-0042": the scheme's letters, the year of the award and the award's
/// number within that scheme and year (at least four digits, more once a year passes 9,999). It is printed on the
/// certificate and shown on the public register, so someone holding a certificate can check it is genuine.
public static partial class CertificateReference
{
    public const int MaxLength = 30;

    /// The scheme's letters from its code: the first letter of each word ("quality-mark" is "QM"), or a one-word
    /// code's first four letters ("kqm" is "KQM").
    public static string Prefix(string schemeCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemeCode);
        var words = schemeCode.Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 0)
            throw new ArgumentException($"The scheme code '{schemeCode}' has no letters to make a reference from.", nameof(schemeCode));
        var prefix = words.Count == 1 ? words[0][..Math.Min(4, words[0].Length)] : string.Concat(words.Select(w => w[0]));
        return prefix.ToUpperInvariant();
    }

    public static string Format(string schemeCode, int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix(schemeCode)}-{year:D4}-{sequence:D4}");
    }

    /// The next reference for an award in a year, after the references already given in that scheme (any year).
    public static string Next(string schemeCode, int year, IEnumerable<string> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var prefix = Prefix(schemeCode);
        var last = existing
            .Select(r => TryParse(r, out var parsed) ? parsed : null)
            .Where(p => p is not null && p.Prefix == prefix && p.Year == year)
            .Select(p => p!.Sequence)
            .DefaultIfEmpty(0)
            .Max();
        return Format(schemeCode, year, last + 1);
    }

    /// Reads a reference as someone types it: case and surrounding spaces do not matter.
    public static bool TryParse(string? text, out ParsedReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
            return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!int.TryParse(match.Groups["sequence"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1)
            return false;
        reference = new ParsedReference(match.Groups["prefix"].Value.ToUpperInvariant(), year, sequence);
        return true;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Za-z0-9]{1,10})-(?<year>[0-9]{4})-(?<sequence>[0-9]{4,9})$")]
    private static partial Regex Pattern();
}

public sealed record ParsedReference(string Prefix, int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D4}");
}
