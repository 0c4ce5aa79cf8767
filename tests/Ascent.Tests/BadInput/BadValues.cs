using System.Text;

namespace Ascent.Tests.BadInput;

/// The kinds of bad input a person (or an attacker) sends, and the values of each kind the suite tries.
public enum BadKind
{
    OverLong,
    ControlCharacters,
    RightToLeftAndEmoji,
    HtmlAndScript,
    FormulaPrefix,
    ImpossibleDate,
    OutOfRangeNumber,
    MissingField,
    DuplicatedField,
    UnknownChoice,
    MalformedFile,
}

/// One field of a form as the page sent it: its name, its value and what sort of control it is.
public sealed record FormField(string Name, string Value, FieldSort Sort);

public enum FieldSort
{
    Text,
    DatePart,
    Number,
    Choice,
}

/// A value to send instead of a field's own, or a change to the field itself (left out, sent twice).
public sealed record BadValue(BadKind Kind, string Label, string? Value);

public static class BadValues
{
    /// What the suite looks for in a page to tell that a script it sent came back unescaped.
    public const string ScriptMarker = "<script>alert('ascent-bad-input')</script>";

    private static readonly string Long10001 = Words(10_001);

    /// The bad values for one field. The kinds that most often break a page (too long, control characters, a
    /// wrong choice, an impossible date) are sent to every field; the others to some of each form's fields in turn,
    /// chosen from the field's name, so that every form meets every kind while the suite stays quick.
    public static IEnumerable<BadValue> For(FormField field)
    {
        var turn = field.Name.Sum(c => c);
        var missing = new BadValue(BadKind.MissingField, "left out", null);
        var twice = new BadValue(BadKind.DuplicatedField, "sent twice", "second value");
        switch (field.Sort)
        {
            case FieldSort.Text:
                yield return new(BadKind.OverLong, "10,001 characters", Long10001);
                yield return new(BadKind.ControlCharacters, "NUL and control characters", "before\0after \u0001\u0007\u001b[31m\u007f\u0085line\u2028end");
                BadValue[] others =
                [
                    new(BadKind.RightToLeftAndEmoji, "RTL override, Arabic and emoji", "\u202Egnp.exe \u0645\u0631\u062D\u0628\u0627 👩‍👩‍👧‍👦 \uD83D"),
                    new(BadKind.HtmlAndScript, "script tag", ScriptMarker + "<b onmouseover=alert(1)>"),
                    new(BadKind.FormulaPrefix, "spreadsheet formula", "=cmd|' /C calc'!A0"),
                    missing,
                    twice,
                ];
                yield return others[turn % others.Length];
                break;
            case FieldSort.DatePart:
                var part = field.Name[(field.Name.LastIndexOf('.') + 1)..];
                yield return new(BadKind.ImpossibleDate, "impossible part", part switch { "Day" => "31", "Month" => "13", _ => "0" });
                yield return turn % 2 == 0 ? new(BadKind.OutOfRangeNumber, "beyond a 32-bit number", "2147483648") : missing;
                break;
            case FieldSort.Number:
                yield return new(BadKind.OutOfRangeNumber, "beyond a 64-bit number", "99999999999999999999999");
                yield return turn % 3 == 0 ? new(BadKind.OutOfRangeNumber, "negative", "-1") : turn % 3 == 1 ? missing : twice;
                break;
            case FieldSort.Choice:
                yield return new(BadKind.UnknownChoice, "unknown value", "NotAnOption");
                yield return turn % 2 == 0 ? missing : twice;
                break;
        }
    }

    /// Files no upload form may keep (a cleaned-up name or Latin-1 text is fine for evidence, so those are not here).
    public static bool MustBeRefused(string caseLabel) =>
        caseLabel.StartsWith("file ", StringComparison.Ordinal)
        && new[] { "empty file", "no file name", "a program", "HTML pretending to be a PDF", "binary noise" }.Any(l => caseLabel.EndsWith(": " + l, StringComparison.Ordinal));

    /// Bad files, each with the name the browser would send.
    public static IEnumerable<(string Label, string FileName, byte[] Content)> Files()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        yield return ("empty file", "empty.pdf", []);
        yield return ("an empty file name", "", pdf); // what a browser sends when no file was chosen: no file
        yield return ("no file name", "C:\\fakepath\\ ", pdf);
        yield return ("400-character file name", new string('n', 400) + ".pdf", pdf);
        yield return ("NUL in the file name", "evil\0name.pdf", pdf);
        yield return ("a path for a name", "../../../etc/passwd.pdf", pdf);
        yield return ("a program", "setup.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        yield return ("HTML pretending to be a PDF", "report.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"));
        yield return ("Latin-1 text with an unbalanced quote", "groupings.csv", Encoding.Latin1.GetBytes("URN,District,Ward,Locality partnership\nEY100001,\"Caf\u00e9 district,Ward,P\n"));
        yield return ("binary noise", "data.csv", [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256))]);
        // Definition uploads (quality-mark schemes) take YAML: these reach their parser, past the file-type check.
        yield return ("binary noise named as YAML", "scheme.yaml", [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256))]);
        yield return ("Latin-1 YAML", "scheme.yaml", Encoding.Latin1.GetBytes("code: caf\u00e9-mark\nname: Caf\u00e9 \"mark\n"));
    }

    private static string Words(int length)
    {
        var text = new StringBuilder(length + 8);
        while (text.Length < length)
            text.Append("lorem ");
        return text.ToString(0, length);
    }
}
