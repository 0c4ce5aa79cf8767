namespace Ascent.Web.Services.Imports.Acecqa;

/// Reads one or more exports of ACECQA's national register of education and care services (the national file, or
/// one per state) into a RegisterBatch. Any file-level error stops everything before a single row is written.
/// Each service's tenant is its approved provider: see AcecqaRowMapper.
public static class AcecqaBatchReader
{
    public const string Source = "acecqa";

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
                foreach (var row in AcecqaFileReader.Read(stream))
                {
                    rows++;
                    if (row.Record is { } record)
                        records.Add(record with { Origin = new RejectedRow(name, row.LineNumber, "", row.RawLine) });
                    else
                        rejected.Add(new RejectedRow(name, row.LineNumber, row.Error ?? "Not readable", row.RawLine));
                    if (rows % 5_000 == 0)
                        progress?.Invoke(rows);
                }
            }
            catch (AcecqaFileException error)
            {
                throw new ImportException($"{name}: {error.Message}");
            }
        }

        progress?.Invoke(rows);
        return new RegisterBatch(Source, AcecqaRowMapper.Regulator, [.. files.Select(f => f.Name)], rows, records, rejected);
    }
}
