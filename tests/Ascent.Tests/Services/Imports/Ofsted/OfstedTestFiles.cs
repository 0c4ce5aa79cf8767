using System.Text;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;

namespace Ascent.Tests.Services.Imports.Ofsted;

/// Builds small Ofsted files for the tests: the real 2021 header with one made-up, valid row that a test changes.
internal static class OfstedTestFiles
{
    public const string RealDataFolder = "shared/data/ofsted-childcare-providers-2021-08-31";

    public static readonly string[] Header2021 =
    [
        "Web link", "Provider URN", "Registration date", "Provider type", "Provider subtype", "Provider status",
        "Individual Register combinations", "Provider Early Years Register Flag", "Provider Compulsory Childcare Register Flag",
        "Provider Voluntary Childcare Register Flag", "Registered person URN", "Registered_Person_Name", "Provider name",
        "Provider address line 1", "Provider address line 2", "Provider address line 3", "Provider town", "Postcode",
        "Telephone Number", "Parliamentary constituency", "Local authority", "Region", "Ofsted region", "Deprivation Band",
        "Places", "Places including estimates", "Most recent full: Inspection number", "Most recent full: Inspection date",
        "Most recent full: Overall effectiveness", "Quality of education", "Behaviour and attitudes", "Personal development",
        "Effectiveness of leadership and management", "Safeguarding is effective?", "CCR requirements suitability",
        "VCR requirements suitability", "Second most recent full: Overall effectiveness", "Second most recent full: Inspection number",
        "Second most recent full: Inspection date", "Third most recent full: Overall effectiveness", "Third most recent full: Inspection number",
        "Third most recent full: Inspection date", "NCOR: Inspection number", "NCOR: Inspection date", "NCOR: Overall effectiveness",
        "CR: Inspection number", "CR: Inspection date", "CR: Overall effectiveness",
    ];

    /// A nursery with no inspections yet; tests add or change cells by column name.
    public static Dictionary<string, string> Row(params (string Column, string Value)[] changes)
    {
        var row = Header2021.ToDictionary(column => column, _ => "");
        row["Web link"] = "Web link";
        row["Provider URN"] = "EY123456";
        row["Registration date"] = "01/09/2015";
        row["Provider type"] = "Childcare on non-domestic premises";
        row["Provider subtype"] = "Full day care";
        row["Provider status"] = "Active";
        row["Individual Register combinations"] = "ALL";
        row["Provider Early Years Register Flag"] = "Y";
        row["Provider Compulsory Childcare Register Flag"] = "Y";
        row["Provider Voluntary Childcare Register Flag"] = "Y";
        row["Provider name"] = "Example Nursery";
        row["Postcode"] = "AB1 2CD";
        row["Local authority"] = "Kent";
        row["Region"] = "South East";
        row["Places"] = "30";
        row["Places including estimates"] = "30";
        foreach (var (column, value) in changes)
        {
            Assert.True(row.ContainsKey(column), $"No column '{column}' in the 2021 header");
            row[column] = value;
        }
        return row;
    }

    public static string Csv(params Dictionary<string, string>[] rows) => Csv(Header2021, rows);

    public static string Csv(IReadOnlyList<string> header, params Dictionary<string, string>[] rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var row in rows)
            csv.Append(string.Join(',', header.Select(column => Quote(row[column])))).Append('\n');
        return csv.ToString();
    }

    public static List<OfstedRowResult> Read(string csv) => Read(Encoding.UTF8.GetBytes(csv));

    public static List<OfstedRowResult> Read(byte[] bytes, string fileName = "providers.csv")
    {
        using var stream = new MemoryStream(bytes);
        return [.. OfstedFileReader.Read(stream, fileName)];
    }

    public static RegisterRecord ReadOne(params (string Column, string Value)[] changes)
    {
        var result = Assert.Single(Read(Csv(Row(changes))));
        Assert.True(result.Record is not null, result.Error);
        return result.Record;
    }

    public static string ReadOneError(params (string Column, string Value)[] changes)
    {
        var result = Assert.Single(Read(Csv(Row(changes))));
        Assert.Null(result.Record);
        Assert.NotNull(result.Error);
        return result.Error;
    }

    public static OfstedFileException ReadFails(byte[] bytes, string fileName = "providers.csv") =>
        Assert.Throws<OfstedFileException>(() => Read(bytes, fileName));

    public static OfstedFileException ReadFails(string csv) => ReadFails(Encoding.UTF8.GetBytes(csv));

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Services", "Imports", "Ofsted", "Files", name);

    public static List<OfstedRowResult> ReadFixture(string name)
    {
        using var stream = File.OpenRead(FixturePath(name));
        return [.. OfstedFileReader.Read(stream, name)];
    }

    /// The real 2021 file lives in shared/ beside the repository (in CI: a fresh clone of main with shared/ next to it).
    /// The test must not pass without it, so a missing folder fails with a message saying where it was looked for.
    public static string RealDataDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RealDataFolder);
            if (Directory.Exists(candidate))
                return candidate;
        }
        Assert.Fail($"The real Ofsted data ({RealDataFolder}) was not found in any folder above {AppContext.BaseDirectory}. "
            + "It is expected in shared/ beside the repository clone (<clone>/../shared); the real-data tests cannot run without it.");
        return "";
    }

    private static string Quote(string value) =>
        value.Length == 0 ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// A stream that can only be read forward, like an upload read straight from the request body.
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
