using System.Text;

namespace Ascent.Web.Domain;

/// What people type into boxes. Every string a form sends passes through WithoutControlCharacters (the model
/// binder in Infrastructure/FreeTextModelBinder does it), so a NUL, which PostgreSQL refuses in text, or a terminal
/// escape never reaches the database, an e-mail or a CSV.
public static class FreeText
{
    /// Kept trimmed, and an empty or blank answer kept as no answer.
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// An entity's guard for a limit its form has already checked: a longer text here is a bug, not a user's error.
    public static void Within(string? text, int maxLength, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string? name = null)
    {
        if (text?.Length > maxLength)
            throw new ArgumentException($"At most {maxLength} characters.", name);
    }

    /// The text without control characters (tabs and line breaks kept), without the invisible marks that reorder
    /// text (used to disguise "gpj.exe" as "exe.jpg"), and without halves of surrogate pairs.
    public static string WithoutControlCharacters(string text)
    {
        if (!text.Any(Unwanted))
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }

            if (c is '\t' or '\r' or '\n' || !(char.IsControl(c) || Unwanted(c)))
                clean.Append(c);
        }

        return clean.ToString();
    }

    /// A file's name as a browser sent it, made safe to keep and show: the last part of any path, no control or
    /// reordering characters, at most maxLength characters with its extension kept. Null when nothing is left.
    public static string? FileName(string? name, int maxLength)
    {
        if (name is null)
            return null;
        name = WithoutControlCharacters(name);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim().Trim('.');
        if (name.Length == 0)
            return null;
        if (name.Length <= maxLength)
            return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16)
            extension = "";
        return name[..(maxLength - extension.Length)] + extension;
    }

    private static bool Unwanted(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') or '\u200e' or '\u200f';
}
