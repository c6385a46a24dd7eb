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
public sealed class ScpHarness : IAsyncDisposable, ICStoreHandler, ICFindHandler, ICRetrieveHandler, IMoveDestinationResolver
{
    public const string AeTitle = "PACSLAB";

    private readonly TempDirectory _folder = new();
    private readonly ConcurrentBag<string> _stored = [];
    private readonly ConcurrentDictionary<string, MoveDestination> _destinations = new();

    public ScpHarness(AssociationPolicy? policy = null, int maxAssociations = 10, AssociationOptions? association = null, string aeTitle = AeTitle)
    {
        Title = aeTitle;
        Policy = policy ?? AcceptAll() with { AeTitle = aeTitle };
        Server = new DicomServer(
            new DicomServerOptions { MaxAssociations = maxAssociations, Association = association ?? new AssociationOptions { SpoolDirectory = Path.Combine(_folder.Path, "spool") } },
            Policy,
            new DimseServiceHandlers { Store = this, Find = this, Retrieve = this, MoveDestinations = this, MoveOriginatorAeTitle = aeTitle });
        Server.Start();
    }

    /// <summary>This SCP's own AE title (the default <see cref="AeTitle"/> unless the test chose another).</summary>
    public string Title { get; }

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
        SupportedSyntaxes = StorageAbstractSyntaxes().Concat(QueryRetrieveModels).Prepend("1.2.840.10008.1.1")
            .Select(uid => new SupportedSyntax(uid, AcceptedTransferSyntaxes)).ToList(),
    };

    /// <summary>Patient Root and Study Root FIND, MOVE and GET (PS3.4 C.6).</summary>
    public static IReadOnlyList<string> QueryRetrieveModels { get; } =
    [
        "1.2.840.10008.5.1.4.1.2.1.1", "1.2.840.10008.5.1.4.1.2.1.2", "1.2.840.10008.5.1.4.1.2.1.3",
        "1.2.840.10008.5.1.4.1.2.2.1", "1.2.840.10008.5.1.4.1.2.2.2", "1.2.840.10008.5.1.4.1.2.2.3",
    ];

    /// <summary>Makes <paramref name="aeTitle"/> a known C-MOVE destination at 127.0.0.1:<paramref name="port"/>.</summary>
    public void AddMoveDestination(string aeTitle, int port) => _destinations[aeTitle] = new MoveDestination(aeTitle, "127.0.0.1", port);

    public Task<MoveDestination?> ResolveAsync(string aeTitle, CancellationToken cancellationToken) =>
        Task.FromResult(_destinations.GetValueOrDefault(aeTitle));

    /// <summary>One match per stored instance whose Patient ID and Study Instance UID equal the keys given (empty or * matches all).</summary>
    public async IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in _stored)
        {
            var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData }, cancellationToken);
            if (!Matches(identifier, file.Dataset)) continue;
            var match = new DicomDataset();
            foreach (var key in identifier)
            {
                if (file.Dataset[key.Tag] is { } value) match.AddOrUpdate(value);
                else match.AddOrUpdate(key);
            }
            yield return match;
        }
    }

    public async Task<IReadOnlyList<RetrieveItem>> SelectAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier, CancellationToken cancellationToken)
    {
        var items = new List<RetrieveItem>();
        foreach (var path in _stored)
        {
            var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData }, cancellationToken);
            if (!Matches(identifier, file.Dataset)) continue;
            items.Add(new RetrieveItem(file.Dataset.GetString(DicomTags.SOPClassUID)!, file.Dataset.GetString(DicomTags.SOPInstanceUID)!,
                file.TransferSyntax, ct => DicomFile.OpenAsync(path, null, ct)));
        }
        return items;
    }

    /// <summary>Adds a file to the archive directly, as if it had been stored.</summary>
    public async Task AddAsync(DicomFile file)
    {
        var path = Path.Combine(_folder.Path, $"{Guid.NewGuid():N}.dcm");
        await file.SaveAsync(path);
        _stored.Add(path);
    }

    private static bool Matches(DicomDataset keys, DicomDataset candidate)
    {
        foreach (var tag in new[] { DicomTags.PatientID, DicomTags.StudyInstanceUID })
        {
            var wanted = keys.GetString(tag);
            if (string.IsNullOrEmpty(wanted) || wanted == "*") continue;
            if (wanted != candidate.GetString(tag)) return false;
        }
        return true;
    }

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
