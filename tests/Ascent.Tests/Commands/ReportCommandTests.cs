using System.Globalization;
using Ascent.Tests.Services.QualityMark;
using Ascent.Tests.Support;
using Ascent.Web.Commands;
using Ascent.Web.Services.QualityMark;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;

namespace Ascent.Tests.Commands;

/// `report quality-mark-impact --la NAME [--at DATE] --format csv|xlsx|docx --output FILE`: each format written and
/// read back; a wrong LA, date or format is a usage error (exit code 2) and writes nothing.
public abstract class ReportCommandTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task EachFormat_IsWrittenAndReadsBack()
    {
        await ImpactWorld.ArrangeAsync(app);
        var folder = Directory.CreateTempSubdirectory("ascent-impact-");
        try
        {
            var csv = Path.Combine(folder.FullName, "impact.csv");
            Assert.Equal(0, await Run("--la", TestWorld.TenantA, "--at", "2026-11-23", "--format", "csv", "--output", csv));
            {
                var lines = (await File.ReadAllLinesAsync(csv)).ToList();
                Assert.Equal(string.Join(',', ImpactWorkbook.CsvColumns), lines[0].TrimStart('\uFEFF'));
                Assert.Contains($"{ImpactWorkbook.GradesTable},All settings,,Accredited,Outstanding,1,1,100.0,Yes", lines);
                Assert.Contains(lines, l => l.StartsWith($"{ImpactWorkbook.ImprovementTable},", StringComparison.Ordinal));
                Assert.Contains(lines, l => l.StartsWith($"{ImpactWorkbook.NotesTable},", StringComparison.Ordinal) && l.Contains("correlation", StringComparison.Ordinal));
            }

            var xlsx = Path.Combine(folder.FullName, "impact.xlsx");
            Assert.Equal(0, await Run("--la", TestWorld.TenantA, "--format", "xlsx", "--output", xlsx));
            var improvement = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Improvement").Cast<IDictionary<string, object?>>().ToList();
            var accredited = improvement.Single(r => (string?)r["Settings"] == "Accredited");
            Assert.Equal(1d, Convert.ToDouble(accredited["Improved"], CultureInfo.InvariantCulture));

            var docx = Path.Combine(folder.FullName, "impact.docx");
            Assert.Equal(0, await Run("--la", TestWorld.TenantA, "--at", "2024-09-01", "--format", "docx", "--output", docx));
            using var document = WordprocessingDocument.Open(docx, false);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("1 September 2024", text, StringComparison.Ordinal);
            Assert.Contains("All settings (2 accredited, 0 other)", text, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--la", "Nowhere Council", "--format", "csv")]
    [InlineData("--la", TestWorld.TenantA, "--at", "2026-02-30", "--format", "csv")]
    [InlineData("--la", TestWorld.TenantA, "--at", "23/11/2026", "--format", "csv")]
    [InlineData("--la", TestWorld.TenantA, "--format", "pdf")]
    [InlineData("--format", "csv")]
    public async Task WrongArguments_AreUsageErrors_AndWriteNothing(params string[] arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"ascent-impact-{Guid.NewGuid():N}.csv");
        Assert.Equal(CommandLine.UsageError, await Run([.. arguments, "--output", output]));
        Assert.False(File.Exists(output));
    }

    private Task<int> Run(params string[] options) => ReportCommand.RunAsync(app.Factory.Services, ["report", "quality-mark-impact", .. options]);
}

public sealed class ReportCommandTestsOnSqlite(SqliteFixture app) : ReportCommandTests<SqliteFixture>(app);

public sealed class ReportCommandTestsOnPostgres(PostgresFixture app) : ReportCommandTests<PostgresFixture>(app);
