using Microsoft.Extensions.Logging;
using PacsLab.Dicom;

namespace PacsLab.Department.Workstation;

/// <summary>
/// The workstation's images on disk: spooled into <c>incoming/</c> while they arrive, then moved to
/// <c>received/</c> under a name of their own (never built from a UID), and indexed. At start the index is rebuilt
/// from the files, the sender taken from each file's Source Application Entity Title (0002,0016).
/// </summary>
internal sealed class ReceivedImageStore
{
    private readonly ILogger _logger;

    public ReceivedImageStore(string dataDirectory, ILogger logger)
    {
        Incoming = Path.Combine(dataDirectory, "incoming");
        Received = Path.Combine(dataDirectory, "received");
        _logger = logger;
    }

    public string Incoming { get; }
    public string Received { get; }
    public ReceivedStudyIndex Index { get; } = new();

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Incoming);
        Directory.CreateDirectory(Received);
        foreach (var leftover in Directory.EnumerateFiles(Incoming)) TryDelete(leftover);
        foreach (var path in Directory.EnumerateFiles(Received, "*.dcm"))
        {
            try
            {
                var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData }, cancellationToken).ConfigureAwait(false);
                var instance = ReceivedInstance.From(file, path, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), null);
                if (instance is null) WorkstationLog.FileSkipped(_logger, path, "it has no SOP Instance UID or Study Instance UID");
                else if (Index.Add(instance) is { } older) TryDelete(older);
            }
            catch (Exception ex) when (ex is DicomFormatException or IOException or UnauthorizedAccessException)
            {
                WorkstationLog.FileSkipped(_logger, path, ex.Message);
            }
        }
    }

    /// <summary>Files the Part 10 file at <paramref name="partPath"/> (which this takes over) and indexes it.</summary>
    public async Task<ReceivedInstance> KeepAsync(string partPath, DateTimeOffset receivedAt, string callingAeTitle, CancellationToken cancellationToken)
    {
        var file = await DicomFile.OpenAsync(partPath, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData }, cancellationToken).ConfigureAwait(false);
        var target = Path.Combine(Received, $"{Guid.NewGuid():N}.dcm");
        var instance = ReceivedInstance.From(file, target, receivedAt, callingAeTitle)
            ?? throw new InvalidDataException("the data set has no SOP Instance UID (0008,0018) or no Study Instance UID (0020,000D)");
        File.Move(partPath, target);
        if (Index.Add(instance) is { } older) TryDelete(older);
        return instance;
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be removed now is only space; the index no longer points at it.
        }
    }
}
