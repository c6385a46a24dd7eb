using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PacsLab.Dicom.Network.Association;

/// <summary>
/// Looks up the host names of an AE table for the peer-host check: asynchronously, each lookup bounded by
/// <see cref="Timeout"/>, and each answer (a failure too) kept for a short while, so that a burst of associations from one
/// device costs one lookup and a DNS change is seen within <see cref="CacheDuration"/>. Never throws for a name that
/// does not resolve: the result says why.
/// </summary>
/// <param name="time">The clock for the cache and the timeout; the system clock by default.</param>
/// <param name="lookup">The lookup itself; <see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/> by default.</param>
public sealed class PeerHostResolver(TimeProvider? time = null, Func<string, CancellationToken, Task<IPAddress[]>>? lookup = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _lookup = lookup ?? Dns.GetHostAddressesAsync;
    private readonly ConcurrentDictionary<string, (HostResolution Result, DateTimeOffset Expires)> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest a lookup may take before the name counts as not resolved.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a successful answer is reused.</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a failed lookup is reused, so a device retrying in a loop does not hammer the DNS server.</summary>
    public TimeSpan FailureCacheDuration { get; init; } = TimeSpan.FromSeconds(5);

    public async Task<HostResolution> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(host, out var cached) && cached.Expires > now) return cached.Result;
        var result = await LookUpAsync(host, cancellationToken).ConfigureAwait(false);
        _cache[host] = (result, _time.GetUtcNow() + (result.Succeeded ? CacheDuration : FailureCacheDuration));
        return result;
    }

    private async Task<HostResolution> LookUpAsync(string host, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var addresses = await _lookup(host, stop.Token).WaitAsync(Timeout, _time, cancellationToken).ConfigureAwait(false);
            return addresses.Length == 0
                ? new HostResolution(host, [], "the name has no addresses")
                : new HostResolution(host, addresses);
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            return new HostResolution(host, [], $"no answer within {Timeout.TotalSeconds:0.#} s");
        }
        catch (SocketException ex)
        {
            return new HostResolution(host, [], ex.SocketErrorCode == SocketError.HostNotFound ? "no such host" : ex.Message);
        }
        catch (ArgumentException ex)
        {
            return new HostResolution(host, [], $"not a valid host name ({ex.Message})");
        }
    }
}
