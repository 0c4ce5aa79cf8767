using System.Text.RegularExpressions;

namespace Ascent.Web.Services.Imports.Ofsted;

/// One row of a file, before mapping: its physical line (XLSX: row number), its cells and its text as in the file.
internal readonly record struct OfstedSourceRow(int LineNumber, string[] Cells, string RawLine, bool EndsInsideQuotes = false);

/// Turns one data row into a RegisterRecord, or into an error that names every bad cell. Fields Ofsted redacts
/// (childminders' names and addresses) are null, never "REDACTED". The cells are read in the file's column order, so
/// a row's errors are listed in that order; the inspection columns are in OfstedRowMapper.Inspections.cs.
internal static partial class OfstedRowMapper
{
    public const string Regulator = "Ofsted";

    // EY + 6 digits, a legacy 6-digit or newer 7-digit number; VC + 6 digits are Voluntary Childcare Register
    // providers (291 rows of the real 2021 file).
    [GeneratedRegex(@"^(EY|VC)?[0-9]{6,7}$", RegexOptions.CultureInvariant)]
    private static partial Regex UrnPattern();

    public static OfstedRowResult Map(OfstedSourceRow row, OfstedColumns columns, string fileName)
    {
        var cells = new OfstedRowCells(row.Cells, columns);

        var urn = Urn(cells);
        var registeredOn = cells.Date(OfstedField.RegistrationDate);
        var providerType = cells.Required(OfstedField.ProviderType);
        var record = new RegisterRecord
        {
            Regulator = Regulator,
            Reference = urn!,
            RegisteredOn = registeredOn,
            ProviderType = providerType!,
            Sector = providerType is not null && providerType.Equals("Childminder", StringComparison.OrdinalIgnoreCase) ? "Childminder" : null,
            ProviderSubtype = cells.Text(OfstedField.ProviderSubtype),
            ProviderStatus = cells.Text(OfstedField.ProviderStatus),
            RegisterCombination = cells.Text(OfstedField.RegisterCombination),
            EarlyYearsRegister = cells.Flag(OfstedField.EarlyYearsRegister),
            CompulsoryChildcareRegister = cells.Flag(OfstedField.CompulsoryChildcareRegister),
            VoluntaryChildcareRegister = cells.Flag(OfstedField.VoluntaryChildcareRegister),
            RegisteredPersonReference = cells.Published(OfstedField.RegisteredPersonUrn),
            RegisteredPersonName = cells.Published(OfstedField.RegisteredPersonName),
            Name = cells.Published(OfstedField.Name),
            AddressLine1 = cells.Published(OfstedField.AddressLine1),
            AddressLine2 = cells.Published(OfstedField.AddressLine2),
            AddressLine3 = cells.Published(OfstedField.AddressLine3),
            Town = cells.Published(OfstedField.Town),
            Postcode = cells.Published(OfstedField.Postcode),
            Telephone = cells.Published(OfstedField.Telephone),
            ParliamentaryConstituency = cells.Text(OfstedField.ParliamentaryConstituency),
            LocalAuthority = cells.Required(OfstedField.LocalAuthority)!,
            Region = cells.Text(OfstedField.Region),
            OfstedRegion = cells.Text(OfstedField.OfstedRegion),
            DeprivationBand = cells.Text(OfstedField.DeprivationBand),
            Places = cells.Places(OfstedField.Places),
            PlacesIncludingEstimates = cells.EstimatedPlaces(OfstedField.PlacesIncludingEstimates),
            Inspections = Inspections(cells),
            Origin = new RejectedRow(fileName, row.LineNumber, "", row.RawLine),
        };

        // A rejected row's URN and local authority are null where their cells could not be read.
        if (cells.Error is { } error)
            return new OfstedRowResult(row.LineNumber, null, error, row.RawLine) { Urn = urn, LocalAuthority = record.LocalAuthority };
        return new OfstedRowResult(row.LineNumber, record, null, row.RawLine);
    }

    /// The URN in upper case, or null (with the row's error) when it is missing or not an Ofsted URN.
    private static string? Urn(OfstedRowCells cells)
    {
        var urn = cells.Text(OfstedField.ProviderUrn)?.ToUpperInvariant();
        if (urn is null)
            cells.Fail("Provider URN is missing");
        else if (!UrnPattern().IsMatch(urn))
            cells.Fail($"Provider URN '{cells.Text(OfstedField.ProviderUrn)}' is not an Ofsted URN");
        else
            return urn;
        return null;
    }
}
