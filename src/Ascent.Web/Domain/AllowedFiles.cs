using System.Text;

namespace Ascent.Web.Domain;

/// The files a setting may keep in Ascent as evidence or bring to a visit: documents, images and spreadsheets,
/// checked by extension and, where a type has a fixed signature, by its first bytes, so that a program or a web
/// page renamed ".pdf" is refused. The content type Ascent serves a file with comes from here, never from the
/// browser that uploaded it.
public static class AllowedFiles
{
    public const int FileNameMaxLength = 255;

    public const int ContentTypeMaxLength = 100;

    /// How the list is named in messages.
    public const string Described = "a PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, JPEG, PNG, GIF or WebP file";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Rtf = "{\\rtf"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif = "GIF8"u8.ToArray();

    private static readonly Dictionary<string, (string ContentType, Func<byte[], bool> Looks)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", h => Starts(h, Pdf)),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", h => Starts(h, Zip)),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", h => Starts(h, Zip)),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", h => Starts(h, Zip)),
        [".odt"] = ("application/vnd.oasis.opendocument.text", h => Starts(h, Zip)),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", h => Starts(h, Zip)),
        [".odp"] = ("application/vnd.oasis.opendocument.presentation", h => Starts(h, Zip)),
        [".doc"] = ("application/msword", h => Starts(h, Compound)),
        [".xls"] = ("application/vnd.ms-excel", h => Starts(h, Compound)),
        [".ppt"] = ("application/vnd.ms-powerpoint", h => Starts(h, Compound)),
        [".rtf"] = ("application/rtf", h => Starts(h, Rtf)),
        [".txt"] = ("text/plain", IsText),
        [".csv"] = ("text/csv", IsText),
        [".jpg"] = ("image/jpeg", h => Starts(h, Jpeg)),
        [".jpeg"] = ("image/jpeg", h => Starts(h, Jpeg)),
        [".png"] = ("image/png", h => Starts(h, Png)),
        [".gif"] = ("image/gif", h => Starts(h, Gif)),
        [".webp"] = ("image/webp", h => h.Length >= 12 && Starts(h, "RIFF"u8.ToArray()) && h.AsSpan(8, 4).SequenceEqual("WEBP"u8)),
    };

    /// What is wrong with a file, in words for the person who chose it, or null when it may be kept. The name is
    /// the cleaned one (FreeText.FileName); head is the file's first bytes (512 are enough).
    public static string? Problem(string? name, long length, long maxBytes, byte[] head, out string contentType)
    {
        contentType = "application/octet-stream";
        if (name is null)
            return "The file has no name: give it a name and choose it again";
        if (length == 0)
            return $"{name} is empty";
        if (length > maxBytes)
            return $"{name} must be smaller than {maxBytes / (1024 * 1024)}MB";
        if (!Types.TryGetValue(Path.GetExtension(name), out var type))
            return $"{name} must be {Described}";
        if (!type.Looks(head))
            return $"{name} is not what its name says: save it again as {Described}";
        contentType = type.ContentType;
        return null;
    }

    private static bool Starts(byte[] head, byte[] signature) => head.AsSpan().StartsWith(signature);

    /// Text has no NUL bytes and is UTF-8 (or plain ASCII), as far as the first bytes show.
    private static bool IsText(byte[] head)
    {
        if (Array.IndexOf(head, (byte)0) >= 0)
            return false;
        // The head may end part-way through a character: decode only up to the last line break.
        var end = Array.LastIndexOf(head, (byte)'\n');
        var checkedPart = end < 0 ? head : head[..(end + 1)];
        return System.Text.Unicode.Utf8.IsValid(checkedPart) || Encoding.Latin1.GetString(checkedPart).All(c => c >= ' ' || c is '\t' or '\r' or '\n');
    }
}
