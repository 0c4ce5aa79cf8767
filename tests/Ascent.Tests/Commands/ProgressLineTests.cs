using Ascent.Web.Commands;

namespace Ascent.Tests.Commands;

public sealed class ProgressLineTests
{
    [Fact]
    public void ToAFileOrPipe_EachStepIsALineOfItsOwn()
    {
        using var log = new StringWriter();
        var progress = new ProgressLine(log, inPlace: false);
        for (var rows = 1; rows <= 25_000; rows++)
            progress.Report("Reading", rows, null);
        progress.End();
        progress.Report("Importing", 25_000, 25_000);
        progress.End();

        Assert.Equal(
            ["Reading 10,000 rows", "Reading 20,000 rows", "Importing [##############################] 25,000/25,000", ""],
            log.ToString().Split(Environment.NewLine));
        Assert.DoesNotContain("\r", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnATerminal_TheLineIsRedrawnInPlace_AndEndedOnce()
    {
        using var terminal = new StringWriter();
        var progress = new ProgressLine(terminal, inPlace: true);
        progress.Report("Reading", 1, null);
        progress.Report("Reading", 2, null);
        progress.End();

        Assert.Equal("\rReading 1 rows\rReading 2 rows" + Environment.NewLine, terminal.ToString());
    }
}
