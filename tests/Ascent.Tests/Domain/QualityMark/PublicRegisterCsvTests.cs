using System.Text;
using Ascent.Web.Domain.QualityMark;
using CsvHelper;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class PublicRegisterCsvTests
{
    [Fact]
    public async Task TheRegister_HasAHeaderRow_ThenOneRowPerSetting_InTheOrderGiven()
    {
        PublicRegisterEntry[] entries =
        [
            new("Little Acorns Day Nursery", "EY123456", "Northfield", "Quality Mark", new DateOnly(2026, 11, 23), new DateOnly(2027, 11, 23)),
            new("Sunflowers, Pre-school \"Blue Room\"", "EY654321", null, "Gold", new DateOnly(2025, 7, 1), null),
        ];

        var file = await PublicRegisterCsv.CreateAsync(entries, CancellationToken.None);

        Assert.Equal(
            [
                ["Setting", "URN", "Town", "Level", "Awarded on", "Next review due"],
                ["Little Acorns Day Nursery", "EY123456", "Northfield", "Quality Mark", "2026-11-23", "2027-11-23"],
                ["Sunflowers, Pre-school \"Blue Room\"", "EY654321", "", "Gold", "2025-07-01", ""],
            ],
            Read(file));
    }

    [Fact]
    public async Task TheFile_StartsWithAByteOrderMark_SoSpreadsheetsReadAccents()
    {
        var file = await PublicRegisterCsv.CreateAsync([new("Crèche Élan", "EY1", "Brontë", "Quality Mark", new DateOnly(2026, 1, 5), null)], CancellationToken.None);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file[..3]);
        Assert.Equal(["Crèche Élan", "EY1", "Brontë"], Read(file)[1][..3]);
    }

    [Fact]
    public async Task AnEmptyRegister_IsTheHeaderRowAlone()
    {
        var stream = new MemoryStream();

        var rows = await PublicRegisterCsv.WriteAsync([], stream, CancellationToken.None);

        Assert.Equal(0, rows);
        Assert.Equal([PublicRegisterCsv.Columns], Read(stream.ToArray()));
    }

    [Fact]
    public async Task AName_ASpreadsheetWouldRunAsAFormula_IsWrittenAsText()
    {
        var file = await PublicRegisterCsv.CreateAsync([new("=HYPERLINK(\"http://x\")", "EY1", "+44", "Gold", new DateOnly(2026, 1, 5), null)], CancellationToken.None);

        var row = Read(file)[1];
        Assert.Equal("'=HYPERLINK(\"http://x\")", row[0]);
        Assert.Equal("'+44", row[2]);
    }

    [Fact]
    public void NextDue_IsTheFirstReviewNotYetPast_AndNoneOnceAllArePast()
    {
        var reviews = SchemeSchedule.From(new SchemeCycle(12, 2, 36, 60), new DateOnly(2026, 11, 23));

        Assert.Equal(new DateOnly(2027, 11, 23), PublicRegisterEntry.NextDue(reviews, new DateOnly(2026, 11, 23)));
        Assert.Equal(new DateOnly(2027, 11, 23), PublicRegisterEntry.NextDue(reviews, new DateOnly(2027, 11, 23)));
        Assert.Equal(new DateOnly(2028, 11, 23), PublicRegisterEntry.NextDue(reviews, new DateOnly(2027, 11, 24)));
        Assert.Null(PublicRegisterEntry.NextDue(reviews, new DateOnly(2029, 11, 24)));
    }

    [Fact]
    public void TheFileName_NamesTheLocalAuthorityAndTheDay() =>
        Assert.Equal("accredited-settings-northfield-council-2026-11-23.csv", PublicRegisterCsv.FileName("Northfield Council", new DateOnly(2026, 11, 23)));

    /// Reads the file back with a real CSV parser, so quoting and the byte order mark are checked too.
    private static List<string[]> Read(byte[] file)
    {
        using var reader = CsvReader.Create(new MemoryStream(file), CsvReaderOptions.Default with { Separator = ',', DetectSeparatorHint = false, HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        return rows;
    }
}
