using System.Globalization;
using CsvHelper;

namespace Ascent.Web.Domain.QualityMark;

/// One accredited setting as the public register shows it. This is everything the register says about a setting:
/// the writer has no other field to print.
public sealed record PublicRegisterEntry(string SettingName, string Urn, string? Town, string Level, DateOnly AwardedOn, DateOnly? NextReviewDue)
{
    /// The first review or re-accreditation not yet past on a date; none once all are past (the caller takes a lapsed
    /// accreditation off the register).
    public static DateOnly? NextDue(IEnumerable<ScheduledReview> reviews, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return reviews.Where(r => r.DueOn >= today).OrderBy(r => r.DueOn).Select(r => (DateOnly?)r.DueOn).FirstOrDefault();
    }
}

/// The LA's public register of accredited settings as CSV, for anyone to download: a header row, then one row per
/// entry in the order given (the caller passes only current accreditations). Dates are yyyy-MM-dd so spreadsheets
/// sort them; a field a spreadsheet would run as a formula is escaped.
public static class PublicRegisterCsv
{
    public const string ContentType = "text/csv";

    public static readonly string[] Columns = ["Setting", "URN", "Town", "Level", "Awarded on", "Next review due"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static string FileName(string localAuthority, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(localAuthority);
        var name = new string([.. localAuthority.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return string.Create(CultureInfo.InvariantCulture, $"accredited-settings-{name}-{today:yyyy-MM-dd}.csv").ToLowerInvariant();
    }

    /// Writes the register to a stream (UTF-8 with a byte-order mark, so Excel reads accents); returns the rows written.
    public static async Task<int> WriteAsync(IEnumerable<PublicRegisterEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(Columns);
        var rows = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await csv.WriteRecordAsync(
                [entry.SettingName, entry.Urn, entry.Town ?? "", entry.Level, Date(entry.AwardedOn), entry.NextReviewDue is { } due ? Date(due) : ""],
                cancellationToken);
            rows++;
        }

        await csv.FlushAsync(cancellationToken);
        return rows;
    }

    public static async Task<byte[]> CreateAsync(IEnumerable<PublicRegisterEntry> entries, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await WriteAsync(entries, stream, cancellationToken);
        return stream.ToArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
