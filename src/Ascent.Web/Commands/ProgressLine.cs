using System.Globalization;

namespace Ascent.Web.Commands;

/// A command's progress on standard error: redrawn in place on a terminal, and one line per step when it goes to a
/// file or a pipe, where a carriage return would run the steps together ("Reading 10,000 rowsReading 20,000 rows").
public sealed class ProgressLine(TextWriter writer, bool inPlace)
{
    private const int Step = 10_000;
    private bool _drawn;

    public static ProgressLine ForStandardError() => new(Console.Error, inPlace: !Console.IsErrorRedirected);

    public void Report(string stage, int done, int? total)
    {
        var text = total is > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{stage} [{new string('#', done * 30 / total.Value),-30}] {done:N0}/{total:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{stage} {done:N0} rows");
        if (inPlace)
        {
            writer.Write("\r" + text);
            _drawn = true;
        }
        else if (done % Step == 0 || done == total)
        {
            writer.WriteLine(text);
        }
    }

    /// Ends the line being redrawn, so what follows starts on a line of its own.
    public void End()
    {
        if (_drawn)
            writer.WriteLine();
        _drawn = false;
    }
}
