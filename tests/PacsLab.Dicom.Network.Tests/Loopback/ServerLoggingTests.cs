using Microsoft.Extensions.Logging;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>The SCP logs what an administrator looks for, as structured values.</summary>
public class ServerLoggingTests
{
    private sealed class ListLogger : ILogger<DicomServer>
    {
        public List<(LogLevel Level, EventId Event, IReadOnlyDictionary<string, object?> Values, string Text)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = (state as IEnumerable<KeyValuePair<string, object?>>)?.ToDictionary(kv => kv.Key, kv => kv.Value) ?? [];
            lock (Entries) Entries.Add((logLevel, eventId, values, formatter(state, exception)));
        }
    }

    [Fact]
    public async Task Rejection_IsLoggedAsWarningWithCallingAeAndReason()
    {
        var logger = new ListLogger();
        var policy = ScpHarness.AcceptAll(checkCallingAe: true, new KnownPeer("CT_ROOM1"));
        await using var server = new DicomServer(new DicomServerOptions(), policy, new DimseServiceHandlers(), logger);
        server.Start();
        await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(
            new DicomClientOptions { Host = "127.0.0.1", Port = server.LocalEndPoint.Port, CallingAeTitle = "CT_DEFAULT", CalledAeTitle = ScpHarness.AeTitle },
            DicomClient.Proposals([(DimseCommands.VerificationSopClassUid, ["1.2.840.10008.1.2"])])));
        await server.Records.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        List<(LogLevel Level, EventId Event, IReadOnlyDictionary<string, object?> Values, string Text)> entries;
        lock (logger.Entries) entries = [.. logger.Entries];
        var rejected = Assert.Single(entries, e => e.Event.Id == 3);
        Assert.Equal(LogLevel.Warning, rejected.Level);
        Assert.Equal("CT_DEFAULT", rejected.Values["CallingAe"]);
        Assert.Contains("reason 3", (string)rejected.Values["Reason"]!);
        Assert.Contains(entries, e => e.Event.Id == 1 && e.Text.Contains("as PACSLAB"));
    }
}
