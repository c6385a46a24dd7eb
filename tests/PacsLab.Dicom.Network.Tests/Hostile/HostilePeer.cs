using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>
/// A raw TCP peer on 127.0.0.1 that sends whatever bytes a test gives it and reads the server's answer one PDU at a
/// time (6-byte header, then the body, decoded with <see cref="PduCodec"/>), or notices that the server closed.
/// A reset counts as a close: a server that closes with our bytes still unread makes the kernel send RST.
/// </summary>
internal sealed class HostilePeer : IAsyncDisposable
{
    /// <summary>Larger replies than this are not expected from our SCP; refusing them keeps a broken reply from costing memory.</summary>
    private const uint MaxReplyBody = 1024 * 1024;

    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private HostilePeer(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        LocalPort = ((IPEndPoint)tcp.Client.LocalEndPoint!).Port;
    }

    /// <summary>Our side's port: the server's association record names it as the peer port.</summary>
    public int LocalPort { get; }

    public static async Task<HostilePeer> ConnectAsync(int port)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        return new HostilePeer(tcp);
    }

    /// <summary>Sends the bytes; false if the server had already closed (our hostility may well end the connection early).</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            await _stream.WriteAsync(bytes);
            await _stream.FlushAsync();
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The server's next PDU, or its close, or silence once <paramref name="within"/> has passed.</summary>
    public async Task<PeerReply> ReadReplyAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(within);
        try
        {
            var header = new byte[PduCodec.HeaderLength];
            var got = await ReadUpToAsync(header, timeout.Token);
            if (got == 0) return new PeerReply(null, true, clock.Elapsed);
            if (got < header.Length) throw new InvalidDataException($"the server closed after {got} bytes of a PDU header");
            var type = (PduType)header[0];
            var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(2));
            if (length > MaxReplyBody)
                throw new InvalidDataException($"the server sent a {type} PDU header claiming {length} bytes");
            var body = new byte[length];
            if (await ReadUpToAsync(body, timeout.Token) < body.Length)
                throw new InvalidDataException($"the server closed inside a {type} PDU of {length} bytes");
            return new PeerReply(PduCodec.Decode(type, body, PduLimits.Default), false, clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return new PeerReply(null, false, clock.Elapsed);
        }
        catch (IOException)
        {
            return new PeerReply(null, true, clock.Elapsed);
        }
    }

    /// <summary>Reads PDUs until the server closes; returns them, or throws if it is still open after <paramref name="within"/>.</summary>
    public async Task<IReadOnlyList<ProtocolDataUnit>> ReadUntilClosedAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var received = new List<ProtocolDataUnit>();
        while (true)
        {
            var left = within - clock.Elapsed;
            var reply = await ReadReplyAsync(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1));
            if (reply.Closed) return received;
            if (reply.Pdu is null)
                throw new TimeoutException($"the server kept the connection open for {within.TotalSeconds:F1} s; it sent [{string.Join(", ", received)}]");
            received.Add(reply.Pdu);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }

    private async Task<int> ReadUpToAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await _stream.ReadAsync(buffer.AsMemory(total), cancellationToken);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
