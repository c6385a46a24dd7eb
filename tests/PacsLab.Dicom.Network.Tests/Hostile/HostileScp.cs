using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>
/// A <see cref="ScpHarness"/> with short timers so hostile cases end in about a second, plus what every case checks
/// afterwards: the association record of a given connection, and that a normal C-ECHO association still works.
/// </summary>
internal sealed class HostileScp : IAsyncDisposable
{
    public static readonly TimeSpan Artim = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    /// <summary>How long the server may take to answer a hostile PDU: generous for a busy 2-core machine, far below any timer default.</summary>
    public static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    private const string EchoCallingAe = "AFTER_HOSTILE";
    private readonly List<AssociationRecord> _unclaimed = [];
    private readonly SemaphoreSlim _claiming = new(1, 1);

    public HostileScp(uint maxPduLength = 16 * 1024)
    {
        Options = new AssociationOptions
        {
            MaxPduLength = maxPduLength,
            ArtimTimeout = Artim,
            IdleTimeout = Idle,
            DimseTimeout = TimeSpan.FromSeconds(2),
            SpoolDirectory = Path.Combine(Path.GetTempPath(), "pacslab-hostile-spool"),
        };
        Harness = new ScpHarness(association: Options);
    }

    public AssociationOptions Options { get; }
    public ScpHarness Harness { get; }

    public Task<HostilePeer> ConnectAsync() => HostilePeer.ConnectAsync(Harness.Port);

    /// <summary>Connects and requests an association (by default Verification, accepted, and a made-up class, refused); expects the AC.</summary>
    public async Task<(HostilePeer Peer, AAssociateAc Ac)> AssociateAsync(IReadOnlyList<PresentationContextProposal>? contexts = null)
    {
        var peer = await ConnectAsync();
        await peer.SendAsync(HostilePdus.AssociateRq(contexts ?? HostilePdus.VerificationAndRefused));
        var reply = await peer.ReadReplyAsync(Prompt);
        return (peer, Assert.IsType<AAssociateAc>(reply.Pdu));
    }

    /// <summary>The association record of the connection from <paramref name="localPort"/>; records of other connections are kept for later.</summary>
    public Task<AssociationRecord> RecordOfAsync(int localPort) => ClaimAsync(r => r.Peer.Port == localPort);

    /// <summary>A normal association (our SCU: C-ECHO, release) succeeds, and the server logs it as released.</summary>
    public async Task AssertStillServesAsync()
    {
        var options = new DicomClientOptions
        {
            Host = "127.0.0.1", Port = Harness.Port, CallingAeTitle = EchoCallingAe, CalledAeTitle = ScpHarness.AeTitle,
            Association = Options,
        };
        await using (var client = await DicomClient.ConnectAsync(options,
            DicomClient.Proposals([(DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])])))
        {
            Assert.Equal(DimseStatus.Success, (await client.EchoAsync()).Status);
            await client.ReleaseAsync();
        }
        var record = await ClaimAsync(r => r.CallingAeTitle == EchoCallingAe);
        Assert.Equal(AssociationOutcomeKind.Released, record.Outcome.Kind);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        _claiming.Dispose();
    }

    private async Task<AssociationRecord> ClaimAsync(Func<AssociationRecord, bool> match)
    {
        // One claimer reads the log at a time, so a record read for one connection is seen by the others.
        await _claiming.WaitAsync();
        try
        {
            while (true)
            {
                var index = _unclaimed.FindIndex(r => match(r));
                if (index >= 0)
                {
                    var found = _unclaimed[index];
                    _unclaimed.RemoveAt(index);
                    return found;
                }
                _unclaimed.Add(await Harness.NextRecordAsync());
            }
        }
        finally
        {
            _claiming.Release();
        }
    }
}
