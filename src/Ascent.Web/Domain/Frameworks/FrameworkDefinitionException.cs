namespace Ascent.Web.Domain.Frameworks;

/// A framework file that cannot be used. The message points at the file, line and column so whoever
/// edited the YAML can fix it without reading code.
public sealed class FrameworkDefinitionException : Exception
{
    public FrameworkDefinitionException(string file, long line, long column, string reason, Exception? innerException = null)
        : base($"{file}, line {line}, column {column}: {reason}", innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string File { get; }

    public long Line { get; }

    public long Column { get; }

    public string Reason { get; }
}
