namespace Ascent.Web.Domain.Definitions;

/// A definition file (framework, pathway, calendar) that cannot be used. The message points at the file, line and column so whoever
/// edited the YAML can fix it without reading code.
public sealed class DefinitionException : Exception
{
    public DefinitionException(string file, long line, long column, string reason, Exception? innerException = null)
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
