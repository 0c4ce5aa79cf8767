namespace Ascent.Web.Services.Imports;

/// A whole parsed file (or set of files) ready to import: its good records and its rejected rows.
/// Parsing finishes before anything is written, so a file-level error changes nothing.
public sealed record RegisterBatch(
    string Source,
    string Regulator,
    IReadOnlyList<string> FileNames,
    int RowsRead,
    IReadOnlyList<RegisterRecord> Records,
    IReadOnlyList<RejectedRow> Rejected);

public sealed record RejectedRow(string FileName, int LineNumber, string Reason, string RawLine)
{
    /// The row's reference (URN) when it could be read despite the problem: that setting is left as it is.
    public string? Reference { get; init; }

    /// The row's local authority when it could be read.
    public string? LocalAuthority { get; init; }
}

/// Thrown for a problem with the file as a whole, or with where it is going; nothing has been changed.
public sealed class ImportException(string message) : Exception(message);
