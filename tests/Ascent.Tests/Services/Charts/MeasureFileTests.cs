using System.Text;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Services.Charts;

namespace Ascent.Tests.Services.Charts;

/// Reading a measures file: columns found by their headings, each line checked on its own with its number.
public sealed class MeasureFileTests
{
    [Fact]
    public void AGoodFile_IsRead_WithItsOptionalColumns()
    {
        var (rows, problems) = Read("urn,measure,date,value,numerator,denominator,chart,baseline points,exclude,phase\n"
            + "ey1,Reading,2026-01-31,,6,20,p,12,,\n"
            + "EY1,Reading,28/02/2026,,7,20,p,,Y,\n"
            + "EY1,Reading,2026-03-31,,9,20,,,\"Snow, closed two days\",y\n");

        Assert.Empty(problems);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new MeasureRow(2, "EY1", "Reading", new DateOnly(2026, 1, 31), null, 6, 20, ChartKind.P, 12, null, false), rows[0]);
        Assert.Equal(MeasureFile.DefaultExclusionReason, rows[1].ExclusionReason);
        Assert.Equal(("Snow, closed two days", true, (ChartKind?)null), (rows[2].ExclusionReason, rows[2].PhaseStart, rows[2].Chart));
    }

    [Fact]
    public void MissingColumns_AreNamed()
    {
        var (_, problems) = Read("URN,Name,Date\nEY1,Reading,2026-01-31\n");
        Assert.Equal([new MeasureProblem(1, "The first row must name the columns; it has no Measure, Value column")], problems);
    }

    [Fact]
    public void EveryBadLine_IsListed_WithItsReason()
    {
        var (rows, problems) = Read("URN,Measure,Date,Value,Baseline points,Phase\n"
            + ",Reading,2026-01-31,1,,\n"
            + "EY1,,2026-01-31,1,,\n"
            + "EY1,Reading,yesterday,1,,\n"
            + "EY1,Reading,2026-01-31,one,,\n"
            + "EY1,Reading,2026-01-31,,,\n"
            + "EY1,Reading,2026-01-31,1,0,\n"
            + "EY1,Reading,2026-01-31,1,,maybe\n"
            + "EY1,Reading,2026-01-31,1,,\n"
            + "EY1,reading,2026-01-31,2,,\n");

        Assert.Single(rows);
        Assert.Equal(
        [
            new MeasureProblem(2, "The URN is empty"),
            new MeasureProblem(3, "The measure has no name"),
            new MeasureProblem(4, "'yesterday' is not a date: write it as 2026-11-23"),
            new MeasureProblem(5, "'one' is not a number"),
            new MeasureProblem(6, "Enter the value, or the numerator and the denominator"),
            new MeasureProblem(7, "Baseline points must be a whole number from 1 to 500"),
            new MeasureProblem(8, "Phase must be Y where a new phase starts, or empty"),
            new MeasureProblem(10, "reading already has a value for 31 January 2026 on line 9"),
        ], problems);
    }

    [Fact]
    public void AFileThatIsNotUtf8_IsRefused_AtItsFirstBadLine()
    {
        var bytes = Encoding.Latin1.GetBytes("URN,Measure,Date,Value\nEY1,Crèche places,2026-01-31,1\n");
        var (rows, problems) = MeasureFile.Read(new MemoryStream(bytes));

        Assert.Empty(rows);
        Assert.Equal([new MeasureProblem(2, "The file is not UTF-8 text: save it from your spreadsheet as \"CSV UTF-8\" and upload it again")], problems);
    }

    [Fact]
    public void AQuoteNeverClosed_IsNamed_WithItsLine()
    {
        var (_, problems) = Read("URN,Measure,Date,Value\nEY1,Reading,2026-01-31,1\nEY1,\"Reading,2026-02-28,2\nEY1,Reading,2026-03-31,3\n");

        Assert.Contains(new MeasureProblem(3, "A quoted cell starting on this line is never closed: check the quotation marks"), problems);
    }

    [Theory]
    [InlineData(ChartKind.P, null, 3.0, 4.0, 0.75, null)]
    [InlineData(ChartKind.P, null, 5.0, 4.0, 0.0, "The number counted must be between 0 and the number it is out of, which must be above 0")]
    [InlineData(ChartKind.U, null, 5.0, 4.0, 1.25, null)]
    [InlineData(ChartKind.U, null, 5.0, 0.0, 0.0, "The number counted cannot be below 0 and the units must be above 0")]
    [InlineData(ChartKind.C, 2.5, null, null, 0.0, "A count must be a whole number, 0 or more")]
    [InlineData(ChartKind.C, 3.0, null, null, 3.0, null)]
    [InlineData(ChartKind.I, -2.5, null, null, -2.5, null)]
    [InlineData(ChartKind.Run, null, 1.0, 4.0, 0.25, null)]
    public void Values_AreCheckedForTheirChart(ChartKind kind, double? value, double? numerator, double? denominator, double kept, string? error)
    {
        var (result, problem) = MeasureValueRules.Check(kind, (decimal?)value, (decimal?)numerator, (decimal?)denominator);
        Assert.Equal(error, problem);
        Assert.Equal((decimal)kept, result);
    }

    private static (IReadOnlyList<MeasureRow> Rows, IReadOnlyList<MeasureProblem> Problems) Read(string csv) =>
        MeasureFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
}
