namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// The distinct problems met with one character set, safe to add to from several threads. It keeps the first
/// <see cref="Capacity"/> messages only: a data set read from a misconfigured device repeats the same problem.
/// </summary>
internal sealed class WarningLog
{
    public const int Capacity = 50;

    private readonly List<string> _messages = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(string message)
    {
        lock (_gate)
        {
            if (_messages.Count < Capacity && _seen.Add(message)) _messages.Add(message);
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (_gate) return _messages.ToArray();
    }
}
