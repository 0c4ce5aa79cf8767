namespace Ascent.Web.Services.Imports.Acecqa;

/// A problem with the whole file (not UTF-8, truncated, no header…): nothing after it can be trusted, so no rows follow.
internal sealed class AcecqaFileException(string message, int? lineNumber) : Exception(message)
{
    public int? LineNumber { get; } = lineNumber;
}
