using Ascent.Web.Domain.Partnerships;
using CsvHelper;

namespace Ascent.Web.Services.Partnerships;

/// A good line of the members file: a setting by URN, or a partner by name, with its role and contact.
public sealed record MemberLine(int Number, string Urn, string PartnerName, PartnerType? Type, MemberRole Role, MemberContact Contact);

/// Reads the members CSV: columns found by their header (any case, spaces ignored); a line names a URN or a partner,
/// never neither. Each line's shape is checked here (roles, types, e-mail, lengths); the register is checked by
/// MemberUpload.
public static class MemberFile
{
    public static (IReadOnlyList<MemberLine> Lines, IReadOnlyList<UploadProblem> Problems) Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length == 0)
            return ([], [new UploadProblem(1, "The file is empty")]);
        // A spreadsheet saved in another encoding, or a file that is not text at all, is refused at its first bad byte.
        var nul = bytes.IndexOf((byte)0);
        if ((FirstInvalidUtf8(bytes) ?? (nul >= 0 ? nul : null)) is { } bad)
            return ([], [new UploadProblem(1 + bytes[..bad].Count((byte)'\n'), "The file is not CSV text: save it from your spreadsheet as \"CSV UTF-8\" and upload it again")]);
        buffer.Position = 0;
        return ReadRows(buffer);
    }

    private static (IReadOnlyList<MemberLine>, IReadOnlyList<UploadProblem>) ReadRows(MemoryStream utf8)
    {
        var lines = new List<MemberLine>();
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
        using var reader = CsvReader.Create(utf8, options, leaveOpen: true);
        if (!reader.Read())
            return (lines, [new UploadProblem(1, "The file is empty")]);
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Key(reader.GetString(i))).ToList();
        var urn = headers.FindIndex(h => h is "urn" or "reference");
        var partner = headers.FindIndex(h => h is "partnername" or "partner");
        var role = headers.IndexOf("role");
        var type = headers.FindIndex(h => h is "partnertype" or "type");
        var contactName = headers.IndexOf("contactname");
        var contactRole = headers.IndexOf("contactrole");
        var email = headers.FindIndex(h => h is "email" or "emailaddress");
        var phone = headers.FindIndex(h => h is "phone" or "telephone");
        if (urn < 0 && partner < 0)
            return (lines, [new UploadProblem(1, "The first row must name the columns, with one called URN or Partner name")]);
        if (role < 0)
            return (lines, [new UploadProblem(1, "The file has no Role column (Lead, Member or Host)")]);

        while (reader.Read())
        {
            var number = checked((int)reader.LineNumber);
            string Cell(int index) => index >= 0 && index < reader.FieldCount ? reader.GetString(index).Trim() : "";
            var reason = Check(Cell(urn).ToUpperInvariant(), Cell(partner), Cell(role), Cell(type), new MemberContact(Cell(contactName), Cell(contactRole), Cell(email), Cell(phone)), number, lines);
            if (reason is not null)
                problems.Add(new UploadProblem(number, reason));
        }

        return (lines, problems);
    }

    private static string? Check(string urn, string partner, string roleText, string typeText, MemberContact contact, int number, List<MemberLine> lines)
    {
        if (urn.Length == 0 && partner.Length == 0)
            return "The line has neither a URN nor a partner name";
        if (urn.Length > 0 && partner.Length > 0)
            return "The line has both a URN and a partner name: give one";
        if (urn.Length > 20)
            return "The URN is longer than 20 characters";
        if (partner.Length > PartnershipMember.NameMaxLength)
            return $"The partner name is longer than {PartnershipMember.NameMaxLength} characters";
        var role = roleText.Length == 0 ? MemberRole.Member : MemberRules.ParseRole(roleText);
        if (role is null)
            return $"The role \"{Short(roleText)}\" is not one of Lead, Member or Host";
        var type = MemberRules.ParsePartnerType(typeText);
        if (typeText.Length > 0 && type is null)
            return $"The partner type \"{Short(typeText)}\" is not one of {string.Join(", ", MemberRules.PartnerTypes.Select(t => t.Label))}";
        if (urn.Length > 0 && typeText.Length > 0)
            return "A setting (a line with a URN) has no partner type: leave it empty";
        if (MemberRules.ContactProblem(contact) is { } problem)
            return problem;
        lines.Add(new MemberLine(number, urn, partner, type, role.Value, contact));
        return null;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Key(string header) => new([.. header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Math.Min(bytes.Length, 64 * 1024)];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status is System.Buffers.OperationStatus.InvalidData or System.Buffers.OperationStatus.NeedMoreData)
                return offset;
            if (status == System.Buffers.OperationStatus.Done)
                return null;
        }

        return null;
    }
}
