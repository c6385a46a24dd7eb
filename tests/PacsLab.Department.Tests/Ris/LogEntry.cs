using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Tests.Ris;

/// <summary>One captured log entry: level, event id, the structured values and the rendered text.</summary>
internal sealed record LogEntry(LogLevel Level, int EventId, IReadOnlyDictionary<string, object?> Values, string Text);
