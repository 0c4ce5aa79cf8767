namespace Ascent.Web.Services.Imports.Ofsted;

/// A problem with the whole file (not UTF-8, truncated, no header…): nothing after it can be trusted, so no rows follow.
public sealed class OfstedFileException(string message, int? lineNumber) : Exception(message)
{
    public int? LineNumber { get; } = lineNumber;
}
