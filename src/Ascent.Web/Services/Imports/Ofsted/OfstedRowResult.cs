namespace Ascent.Web.Services.Imports.Ofsted;

/// One data row of an Ofsted file: exactly one of Record and Error is set. RawLine is the row as it was in the
/// file (for XLSX, its cells as a CSV line), so that rejected rows can be given back to the user to fix.
public sealed record OfstedRowResult(int LineNumber, RegisterRecord? Record, string? Error, string RawLine)
{
    /// The URN of a rejected row when it could still be read: its setting is kept as it is, not taken off the register.
    public string? Urn { get; init; }

    /// The local authority of a rejected row when it could still be read.
    public string? LocalAuthority { get; init; }
}
