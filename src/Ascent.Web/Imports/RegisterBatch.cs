namespace Ascent.Web.Imports;

/// A whole parsed file (or set of files) ready to import: its good records and its rejected rows.
/// Parsing finishes before anything is written, so a file-level error changes nothing.
public sealed record RegisterBatch(
    string Source,
    string Regulator,
    IReadOnlyList<string> FileNames,
    int RowsRead,
    IReadOnlyList<RegisterRecord> Records,
    IReadOnlyList<RejectedRow> Rejected);

public sealed record RejectedRow(string FileName, int LineNumber, string Reason, string RawLine);

/// Thrown for a problem with the file as a whole, or with where it is going; nothing has been changed.
public sealed class ImportException(string message) : Exception(message);
