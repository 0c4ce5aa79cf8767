using Ascent.Web.Services.Imports.Acecqa;
using Ascent.Web.Services.Imports.Ofsted;

namespace Ascent.Web.Services.Imports;

/// The regulators' files Ascent can import, by the name used on the command line and in the upload form.
public static class ImportSources
{
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        (OfstedBatchReader.Source, "Ofsted: childcare providers and inspections (CSV or XLSX)"),
        (AcecqaBatchReader.Source, "ACECQA: national register of education and care services (CSV)"),
    ];

    public static bool IsKnown(string source) => All.Any(s => s.Code == source);

    public static RegisterBatch Read(string source, IReadOnlyList<string> paths, Action<int>? progress) =>
        Read(source, [.. paths.Select(p => (Path.GetFileName(p), (Func<Stream>)(() => File.OpenRead(p))))], progress);

    public static RegisterBatch Read(string source, IReadOnlyList<(string Name, Func<Stream> Open)> files, Action<int>? progress) => source switch
    {
        OfstedBatchReader.Source => OfstedBatchReader.Read(files, progress),
        AcecqaBatchReader.Source => AcecqaBatchReader.Read(files, progress),
        _ => throw new ImportException($"Ascent cannot import '{source}' files."),
    };
}
