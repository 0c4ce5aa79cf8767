using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ascent.Tests.Services.Instruments;

/// The SQL commands EF Core sends from the code that runs between Start and Dispose, and only from it: other tests
/// share the process and run at the same time, so a command counts only when it is sent from this async flow.
/// Read from EF Core's DiagnosticListener, which every context reports to.
public sealed class CommandLog : IDisposable
{
    private static readonly AsyncLocal<CommandLog?> Active = new();
    private static readonly object Gate = new();
    private static bool _listening;

    private readonly List<string> _commands = [];

    private CommandLog()
    {
    }

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
                return [.. _commands];
        }
    }

    public static CommandLog Start()
    {
        lock (Gate)
        {
            if (!_listening)
            {
                DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
                _listening = true;
            }
        }

        var log = new CommandLog();
        Active.Value = log;
        return log;
    }

    public void Dispose()
    {
        if (Active.Value == this)
            Active.Value = null;
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
                value.Subscribe(new EventObserver(), name => name == RelationalEventId.CommandExecuting.Name);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class EventObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandEventData data && Active.Value is { } log)
            {
                lock (log._commands)
                    log._commands.Add(data.Command.CommandText);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
