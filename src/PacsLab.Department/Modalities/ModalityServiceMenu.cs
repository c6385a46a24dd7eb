using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// The modality's service menu: shows and edits its network settings (own AE title and port, destination,
/// worklist) and verifies them with C-ECHO. An edit is checked first and applies to the next association; one that
/// cannot be used changes nothing and says which field is wrong. This is also where a "repair" can lose the AE title.
/// Edits are kept in the device's data directory and outlive a restart (department.yaml gives only the first settings).
/// </summary>
public sealed class ModalityServiceMenu
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly EchoListener _listener;
    private readonly TimeSpan _connectTimeout;
    private readonly ILogger _logger;
    private readonly NetworkSettingsStore? _store;
    private ModalityNetworkSettings _current;

    internal ModalityServiceMenu(ModalityNetworkSettings initial, EchoListener listener, TimeSpan connectTimeout, ILogger logger, NetworkSettingsStore? store = null)
    {
        _store = store;
        _current = store?.Load() ?? initial;
        _listener = listener;
        _connectTimeout = connectTimeout;
        _logger = logger;
    }

    /// <summary>The settings as the menu shows them now; <see cref="ModalityNetworkSettings.Port"/> is the configured port (0: any).</summary>
    public ModalityNetworkSettings Current => Volatile.Read(ref _current);

    /// <summary>The port the C-ECHO SCP is bound to, or null while the device is stopped.</summary>
    public int? ListeningPort => _listener.Port;

    /// <summary>
    /// Applies the edit. Throws <see cref="DeviceInputException"/> naming each wrong field (nothing changed then). A
    /// new port is bound before the old one is released, so a port that is taken leaves the device as it was.
    /// </summary>
    public async Task<ModalityNetworkSettings> ApplyAsync(NetworkSettingsEdit edit, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Current;
            var proposed = edit.ApplyTo(current);
            var edited = EditedFields(edit);
            var errors = NetworkSettingsValidator.Check(proposed).Where(e => edited.Contains(e.Field)).ToList();
            if (errors.Count > 0) throw new DeviceInputException("The settings were not changed", errors);
            if (proposed.Port != current.Port && _listener.Port is { } bound)
            {
                try
                {
                    await _listener.ListenAsync(proposed.Port).ConfigureAwait(false);
                }
                catch (SocketException ex)
                {
                    throw new DeviceInputException("The settings were not changed",
                        [new ConfigurationError("port", $"port {proposed.Port} cannot be used ({ex.SocketErrorCode}: {ex.Message}); the device stays on port {bound}")]);
                }
            }
            if (_store is not null) await _store.SaveAsync(proposed, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, proposed);
            var changes = Describe(current, proposed);
            if (changes.Length > 0) ModalityLog.SettingsChanged(_logger, changes);
            return proposed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Verify: C-ECHO to the destination and to the worklist, as the device's current AE title.</summary>
    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var settings = Current;
        var destination = await EchoVerifier.EchoAsync("destination", settings.Destination, settings.AeTitle, _connectTimeout, cancellationToken).ConfigureAwait(false);
        var worklist = await EchoVerifier.EchoAsync("worklist", settings.Worklist, settings.AeTitle, _connectTimeout, cancellationToken).ConfigureAwait(false);
        ModalityLog.Verified(_logger, destination.Message);
        ModalityLog.Verified(_logger, worklist.Message);
        return new VerificationReport(destination, worklist);
    }

    private static HashSet<string> EditedFields(NetworkSettingsEdit edit)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        if (edit.AeTitle is not null) fields.Add("aeTitle");
        if (edit.Port is not null) fields.Add("port");
        if (edit.DestinationHost is not null) fields.Add("destinationHost");
        if (edit.DestinationPort is not null) fields.Add("destinationPort");
        if (edit.DestinationAeTitle is not null) fields.Add("destinationAeTitle");
        if (edit.WorklistHost is not null) fields.Add("worklistHost");
        if (edit.WorklistPort is not null) fields.Add("worklistPort");
        if (edit.WorklistAeTitle is not null) fields.Add("worklistAeTitle");
        return fields;
    }

    private static string Describe(ModalityNetworkSettings before, ModalityNetworkSettings after)
    {
        var changes = new List<string>();
        void Compare<T>(string field, T old, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now)) changes.Add($"{field} {old} -> {now}");
        }
        Compare("aeTitle", before.AeTitle, after.AeTitle);
        Compare("port", before.Port, after.Port);
        Compare("destination", before.Destination, after.Destination);
        Compare("worklist", before.Worklist, after.Worklist);
        return string.Join(", ", changes);
    }
}
