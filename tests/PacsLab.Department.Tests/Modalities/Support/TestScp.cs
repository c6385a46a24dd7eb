using System.Collections.Concurrent;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Department.Tests.Modalities.Support;

/// <summary>
/// A PacsLab SCP on 127.0.0.1 and a free port standing in for a PACS or a RIS: its policy (AE title, calling-AE
/// check, SOP classes) and its answers (a C-STORE status, C-FIND matches) are the test's to set.
/// </summary>
public sealed class TestScp : IAsyncDisposable, ICStoreHandler, ICFindHandler
{
    public const string SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";
    public const string ModalityWorklistFind = "1.2.840.10008.5.1.4.31";
    public const string Verification = "1.2.840.10008.1.1";

    private readonly ConcurrentQueue<string> _stored = new();
    private readonly ConcurrentQueue<DicomDataset> _identifiers = new();
    private int _requests;

    private TestScp(AssociationPolicy policy)
    {
        Policy = policy;
        Server = new DicomServer(new DicomServerOptions { Port = 0 }, policy, new DimseServiceHandlers { Store = this, Find = this });
        Server.Start();
    }

    public DicomServer Server { get; }
    public AssociationPolicy Policy { get; }
    public int Port => Server.LocalEndPoint.Port;
    public string AeTitle => Policy.AeTitle;

    /// <summary>The answer to the n-th C-STORE (0-based, counted over the SCP's life); success unless the test says otherwise.</summary>
    public Func<int, DimseResult> StoreAnswer { get; set; } = _ => DimseResult.Success;

    /// <summary>The C-FIND matches returned for every query.</summary>
    public IReadOnlyList<DicomDataset> FindMatches { get; set; } = [];

    /// <summary>SOP Instance UIDs of the images answered with success, in arrival order.</summary>
    public IReadOnlyList<string> Stored => [.. _stored];

    /// <summary>Every C-FIND identifier received.</summary>
    public IReadOnlyList<DicomDataset> Identifiers => [.. _identifiers];

    /// <summary>An SCP that takes verification, secondary capture storage and the worklist; optionally only from known calling AE titles.</summary>
    public static TestScp Start(string aeTitle = "PACSLAB", string[]? knownCallingAeTitles = null, string[]? sopClasses = null) =>
        new(new AssociationPolicy
        {
            AeTitle = aeTitle,
            CheckCallingAeTitle = knownCallingAeTitles is not null,
            KnownPeers = (knownCallingAeTitles ?? []).Select(t => new KnownPeer(t)).ToList(),
            SupportedSyntaxes = (sopClasses ?? [Verification, SecondaryCaptureImageStorage, ModalityWorklistFind])
                .Select(uid => new SupportedSyntax(uid, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]))
                .ToList(),
        });

    public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        var answer = StoreAnswer(Interlocked.Increment(ref _requests) - 1);
        if (answer.Status.IsSuccess) _stored.Enqueue(request.AffectedSopInstanceUid ?? "");
        await Task.CompletedTask;
        return answer;
    }

    public async IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        _identifiers.Enqueue(identifier);
        foreach (var match in FindMatches)
        {
            await Task.Yield();
            yield return match;
        }
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
