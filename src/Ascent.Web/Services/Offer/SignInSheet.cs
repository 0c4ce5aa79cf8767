using System.Globalization;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Partnerships;
using CsvHelper;

namespace Ascent.Web.Services.Offer;

/// One line of a sign-in sheet as read: its line number, the session it names (a date or a number), the person, and
/// whether they signed.
public sealed record SheetLine(int Number, string Session, string Name, string Email, string Urn, string SignedText);

/// Reads a sign-in sheet CSV (docs/offer.md#registers): a header row naming the columns (any case, spaces ignored):
/// Session (a date, yyyy-mm-dd or dd/mm/yyyy, or the session's number), Name, Email (optional), URN (optional) and
/// Signed (yes or no). Each line is matched to a booked place and a session of the register by SheetMatch.
public static class SignInSheet
{
    public static (IReadOnlyList<SheetLine> Lines, IReadOnlyList<UploadProblem> Problems) Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length == 0)
            return ([], [new UploadProblem(1, "The file is empty")]);
        var text = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(text) || text.IndexOf((byte)0) >= 0)
            return ([], [new UploadProblem(1, "The file is not CSV text: save it from your spreadsheet as \"CSV UTF-8\" and upload it again")]);
        buffer.Position = 0;
        var lines = new List<SheetLine>();
        var problems = new List<UploadProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            OnMalformedRecord = record => problems.Add(new UploadProblem(checked((int)record.LineNumber), "This line is not valid CSV: check the quotation marks")),
        };
        using var reader = CsvReader.Create(buffer, options, leaveOpen: true);
        if (!reader.Read())
            return ([], [new UploadProblem(1, "The file is empty")]);
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Key(reader.GetString(i))).ToList();
        var session = headers.FindIndex(h => h is "session" or "sessiondate" or "sessionnumber" or "date");
        var name = headers.FindIndex(h => h is "name" or "attendee" or "person");
        var email = headers.FindIndex(h => h is "email" or "emailaddress");
        var urn = headers.FindIndex(h => h is "urn" or "settingurn");
        var signed = headers.FindIndex(h => h is "signed" or "present" or "attended");
        if (session < 0 || name < 0 || signed < 0)
            return ([], [new UploadProblem(1, "The first row must name the columns: Session, Name, Email (optional), URN (optional) and Signed")]);
        while (reader.Read())
        {
            string Cell(int index) => index >= 0 && index < reader.FieldCount ? reader.GetString(index).Trim() : "";
            lines.Add(new SheetLine(checked((int)reader.LineNumber), Cell(session), Cell(name), Cell(email), Cell(urn).ToUpperInvariant(), Cell(signed)));
        }

        return (lines, problems);
    }

    /// Yes or no, as people write it on a sheet; null for anything else.
    public static bool? IsYes(string text) => text.ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" or "1" or "PRESENT" => true,
        "NO" or "N" or "FALSE" or "0" or "ABSENT" => false,
        _ => null,
    };

    /// The sessions a line names: by its number or its date (two sessions on one day are told apart by number).
    public static IReadOnlyList<RegisterSession> Sessions(IReadOnlyList<RegisterSession> sessions, string text)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return [.. sessions.Where(s => s.Number == number)];
        string[] formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d MMMM yyyy", "d MMM yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var date)
            ? [.. sessions.Where(s => s.Date == date)]
            : [];
    }

    private static string Key(string header) => new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
