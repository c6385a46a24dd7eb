using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Modalities;

/// <summary>
/// The device's acquired studies on disk: one folder per job under <c>studies/</c> holding its images and job.json.
/// job.json is replaced atomically (written to a temp file, flushed, renamed over), so a crash leaves the old or the
/// new state, never half of one.
/// </summary>
public sealed class SendJobStore
{
    public const string JobFileName = "job.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ILogger _logger;

    public SendJobStore(string studiesDirectory, ILogger logger)
    {
        Root = Path.GetFullPath(studiesDirectory);
        _logger = logger;
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string FolderOf(string jobId)
    {
        if (!SendJobIds.IsValid(jobId)) throw new ArgumentException($"'{jobId}' is not a send job id", nameof(jobId));
        return Path.Combine(Root, jobId);
    }

    public async Task SaveAsync(SendJob job, CancellationToken cancellationToken)
    {
        var folder = FolderOf(job.Id);
        var target = Path.Combine(folder, JobFileName);
        var temp = target + ".tmp";
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await JsonSerializer.SerializeAsync(stream, job, Json, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Every job found under the studies folder. A folder without job.json (an acquisition interrupted before it was
    /// queued) or with one that does not read is logged and left as it is, for someone to look at.
    /// </summary>
    public async Task<IReadOnlyList<SendJob>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<SendJob>();
        foreach (var folder in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            var path = Path.Combine(folder, JobFileName);
            if (!SendJobIds.IsValid(id) || !File.Exists(path))
            {
                ModalityLog.JobFolderIgnored(_logger, folder, "it holds no job.json (an acquisition that did not finish)");
                continue;
            }
            try
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
                var job = await JsonSerializer.DeserializeAsync<SendJob>(stream, Json, cancellationToken).ConfigureAwait(false);
                if (job is null || job.Id != id) ModalityLog.JobFolderIgnored(_logger, folder, "its job.json does not describe this folder's job");
                else jobs.Add(job);
            }
            catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
            {
                ModalityLog.JobFolderIgnored(_logger, folder, $"its job.json cannot be read: {ex.Message}");
            }
        }
        return jobs;
    }
}
