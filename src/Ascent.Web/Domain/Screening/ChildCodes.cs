using System.Text.RegularExpressions;

namespace Ascent.Web.Domain.Screening;

/// A child's code: letters, digits and hyphens, up to ten, kept upper case so "b07" and "B07" are one child.
public static partial class ChildCodes
{
    public static string Normalise(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string code) => Shape().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,9}$")]
    private static partial Regex Shape();
}
