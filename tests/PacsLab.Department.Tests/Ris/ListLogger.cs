using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Tests.Ris;

/// <summary>Keeps every log entry with its structured values, for tests that check what an administrator would see.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries) return [.. _entries];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = (state as IEnumerable<KeyValuePair<string, object?>>)?.ToDictionary(kv => kv.Key, kv => kv.Value) ?? [];
        lock (_entries) _entries.Add(new LogEntry(logLevel, eventId.Id, values, formatter(state, exception)));
    }
}
