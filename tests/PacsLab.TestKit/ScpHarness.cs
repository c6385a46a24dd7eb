using System.Collections.Concurrent;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.TestKit;

/// <summary>
/// A PacsLab SCP on 127.0.0.1 and a free port, with C-ECHO and a C-STORE handler that writes each received data
/// set as a Part 10 file in a temp folder. For tests that point real peers (or our own SCU) at PacsLab.
/// </summary>
public sealed class ScpHarness : IAsyncDisposable, ICStoreHandler
{
    public const string AeTitle = "PACSLAB";

    private readonly TempDirectory _folder = new();
    private readonly ConcurrentBag<string> _stored = [];

    public ScpHarness(AssociationPolicy? policy = null, int maxAssociations = 10, AssociationOptions? association = null)
    {
        Policy = policy ?? AcceptAll();
        Server = new DicomServer(
            new DicomServerOptions { MaxAssociations = maxAssociations, Association = association ?? new AssociationOptions { SpoolDirectory = Path.Combine(_folder.Path, "spool") } },
            Policy,
            new DimseServiceHandlers { Store = this });
        Server.Start();
    }

    public DicomServer Server { get; }
    public AssociationPolicy Policy { get; }
    public int Port => Server.LocalEndPoint.Port;
    public string StoredFolder => _folder.Path;
    public IReadOnlyCollection<string> StoredFiles => _stored;

    /// <summary>Verification and every storage SOC class of the dictionary, in the four uncompressed syntaxes and JPEG baseline.</summary>
    public static AssociationPolicy AcceptAll(bool checkCallingAe = false, params KnownPeer[] known) => new()
    {
        AeTitle = AeTitle,
        CheckCallingAeTitle = checkCallingAe,
        KnownPeers = known,
        SupportedSyntaxes = StorageAbstractSyntaxes().Prepend("1.2.840.10008.1.1")
            .Select(uid => new SupportedSyntax(uid, AcceptedTransferSyntaxes)).ToList(),
    };

    public static IReadOnlyList<string> AcceptedTransferSyntaxes { get; } =
    [
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRBigEndian.Uid, DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.JpegBaseline.Uid,
    ];

    public static IEnumerable<string> StorageAbstractSyntaxes() =>
        DicomDictionary.Uids.Where(u => u.Keyword.EndsWith("Storage", StringComparison.Ordinal) && !u.IsRetired).Select(u => u.Uid);

    public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        var dataset = await dataSet.ReadAsync(cancellationToken: cancellationToken);
        var path = Path.Combine(_folder.Path, $"{Guid.NewGuid():N}.dcm");
        await DicomFile.Create(dataset, dataSet.TransferSyntax, context.CallingAeTitle).SaveAsync(path, cancellationToken: cancellationToken);
        _stored.Add(path);
        return DimseResult.Success;
    }

    /// <summary>The next association record, waiting at most a few seconds.</summary>
    public async Task<AssociationRecord> NextRecordAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await Server.Records.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
