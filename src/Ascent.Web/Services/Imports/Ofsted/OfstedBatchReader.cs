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
                    if (row.Record is { } record)
                        records.Add(record);
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
        return new RegisterBatch(Source, OfstedRowMapper.Regulator, [.. files.Select(f => f.Name)], rows, records, rejected);
    }
}
