using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ascent.Tests.BadInput;

/// The exceptions Ascent logs while the suite runs, so that a failing case says what went wrong on the server.
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// What was logged since the last call, one line each.
    public string Take()
    {
        var lines = new List<string>();
        while (_errors.TryDequeue(out var line))
            lines.Add(line);
        return string.Join(" | ", lines.Distinct());
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Error || exception is null)
                return;
            var inner = exception.GetBaseException();
            var at = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Ascent.Web", StringComparison.Ordinal))?.Trim();
            owner._errors.Enqueue($"{inner.GetType().Name}: {inner.Message.Split('\n')[0]} {at}");
        }
    }
}
