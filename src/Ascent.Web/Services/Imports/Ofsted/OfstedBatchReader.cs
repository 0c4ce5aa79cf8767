namespace Ascent.Web.Services.Imports.Ofsted;

/// Reads one or more of Ofsted's files (a publication split in segments is one batch) into a RegisterBatch.
/// Any file-level error stops everything before a single row is written.
public static class OfstedBatchReader
{
    public const string Source = "ofsted";

    public static RegisterBatch ReadFiles(IReadOnlyList<string> paths, Action<int>? progress = null)
    {
        var files = paths.Select(p => (Name: Path.GetFileName(p), Open: (Func<Stream>)(() => File.OpenRead(p)))).ToList();
        return Read(files, progress);
    }

    public static RegisterBatch Read(IReadOnlyList<(string Name, Func<Stream> Open)> files, Action<int>? progress = null)
    {
        var records = new List<RegisterRecord>();
        var rejected = new List<RejectedRow>();
        var rows = 0;
        foreach (var (name, open) in files)
        {
            using var stream = open();
            try
            {
                foreach (var row in OfstedFileReader.Read(stream, name))
                {
                    rows++;
                    if (row.Provider is { } provider)
                        records.Add(ToRecord(provider, new RejectedRow(name, row.LineNumber, "", row.RawLine)));
                    else
                        rejected.Add(new RejectedRow(name, row.LineNumber, row.Error ?? "Not readable", row.RawLine) { Reference = row.Urn, LocalAuthority = row.LocalAuthority });
                    if (rows % 5_000 == 0)
                        progress?.Invoke(rows);
                }
            }
            catch (OfstedFileException error)
            {
                throw new ImportException($"{name}: {error.Message}");
            }
        }

        progress?.Invoke(rows);
        return new RegisterBatch(Source, "Ofsted", [.. files.Select(f => f.Name)], rows, records, rejected);
    }

    private static RegisterRecord ToRecord(OfstedProvider p, RejectedRow origin) => new()
    {
        Regulator = "Ofsted",
        Reference = p.Urn,
        LocalAuthority = p.LocalAuthority,
        ProviderType = p.ProviderType,
        Name = p.Name,
        RegisteredOn = p.RegistrationDate,
        ProviderSubtype = p.ProviderSubtype,
        ProviderStatus = p.ProviderStatus,
        RegisterCombination = p.RegisterCombination,
        EarlyYearsRegister = p.EarlyYearsRegister,
        CompulsoryChildcareRegister = p.CompulsoryChildcareRegister,
        VoluntaryChildcareRegister = p.VoluntaryChildcareRegister,
        RegisteredPersonReference = p.RegisteredPersonUrn,
        RegisteredPersonName = p.RegisteredPersonName,
        AddressLine1 = p.AddressLine1,
        AddressLine2 = p.AddressLine2,
        AddressLine3 = p.AddressLine3,
        Town = p.Town,
        Postcode = p.Postcode,
        Telephone = p.Telephone,
        ParliamentaryConstituency = p.ParliamentaryConstituency,
        Region = p.Region,
        OfstedRegion = p.OfstedRegion,
        DeprivationBand = p.DeprivationBand,
        Sector = p.ProviderType.Equals("Childminder", StringComparison.OrdinalIgnoreCase) ? "Childminder" : null,
        Places = p.Places,
        PlacesIncludingEstimates = p.PlacesIncludingEstimates,
        Inspections = ToRegister(p.Inspections),
        Origin = origin,
    };

    private static RegisterInspection[] ToRegister(IReadOnlyList<OfstedInspection> inspections)
    {
        if (inspections.Count == 0)
            return [];
        var result = new RegisterInspection[inspections.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var inspection = inspections[i];
            result[i] = new RegisterInspection(inspection.FrameworkCode, inspection.Number, inspection.Date, inspection.VisitType ?? "Full inspection",
                inspection.OverallGrade, inspection.Grades);
        }

        return result;
    }
}
