using System.Net;
using Microsoft.Extensions.Logging;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Department.Modalities;

/// <summary>
/// A device's C-ECHO SCP on its port (the network layer's <see cref="DicomServer"/>). Moving it to another port
/// binds the new one first, so a port already taken leaves the old listener running.
/// </summary>
internal sealed class EchoListener(IPAddress address, Func<string> aeTitle, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DicomServer? _server;

    /// <summary>The port bound, or null when not listening.</summary>
    public int? Port => _server?.LocalEndPoint.Port;

    /// <summary>Listens on <paramref name="port"/> (0: a free one) instead of the current port; throws if it cannot bind.</summary>
    public async Task<int> ListenAsync(int port)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var server = new DicomServer(new DicomServerOptions { Address = address, Port = port, MaxAssociations = 4 },
                new CurrentAeTitlePolicy(aeTitle), new DimseServiceHandlers(), logger);
            try
            {
                server.Start();
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
            var previous = _server;
            _server = server;
            if (previous is not null) await previous.DisposeAsync().ConfigureAwait(false);
            return server.LocalEndPoint.Port;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StopAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_server is { } server)
            {
                _server = null;
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
