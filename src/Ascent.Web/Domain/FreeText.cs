namespace Ascent.Web.Domain;

/// What people type into optional boxes: kept trimmed, and an empty or blank answer kept as no answer.
public static class FreeText
{
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
