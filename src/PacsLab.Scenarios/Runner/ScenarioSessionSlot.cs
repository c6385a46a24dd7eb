namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Where a scenario lab's /api/scenario endpoints find their session: empty while the runner is still setting the
/// department up (the endpoints then say so), set once the ticket is handed out.
/// </summary>
public sealed class ScenarioSessionSlot
{
    private ScenarioSession? _session;

    public ScenarioSession? Session => Volatile.Read(ref _session);

    public void Set(ScenarioSession session) => Volatile.Write(ref _session, session);
}
