using System.Text.Json;
using System.Text.Json.Serialization;

namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// The order book on disk: one JSON file, replaced whole on each change. It is written to a temp file beside it,
/// flushed to disk, then moved over the old one, so a crash leaves either the old book or the new one, never half.
/// </summary>
internal sealed class OrderBookFile(string directory)
{
    public const string FileName = "orders.json";
    private const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record Document(int Version, List<Order> Orders);

    public string Path { get; } = System.IO.Path.Combine(directory, FileName);

    private string TempPath => Path + ".tmp";

    /// <summary>The orders in the file; none when there is no file yet. A file that cannot be read is an error, never overwritten.</summary>
    public async Task<List<Order>> LoadAsync(CancellationToken cancellationToken)
    {
        // A temp file left behind was never moved into place: the book it held was never acknowledged.
        if (File.Exists(TempPath)) File.Delete(TempPath);
        if (!File.Exists(Path)) return [];
        Document? document;
        try
        {
            await using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            document = await JsonSerializer.DeserializeAsync<Document>(stream, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw Unreadable($"it is not a valid order book ({ex.Message})", ex);
        }
        if (document is null || document.Orders is null) throw Unreadable("it holds no order list");
        if (document.Version > CurrentVersion)
            throw Unreadable($"it was written by a newer PacsLab (format version {document.Version}; this one reads up to {CurrentVersion})");
        var duplicate = document.Orders.GroupBy(o => o.AccessionNumber, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw Unreadable($"it holds accession number '{duplicate.Key}' {duplicate.Count()} times");
        return document.Orders;
    }

    public async Task SaveAsync(IEnumerable<Order> orders, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var document = new Document(CurrentVersion, [.. orders.OrderBy(o => o.AccessionNumber, StringComparer.Ordinal)]);
        await using (var stream = new FileStream(TempPath, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await JsonSerializer.SerializeAsync(stream, document, Json, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(TempPath, Path, overwrite: true);
    }

    private InvalidDataException Unreadable(string problem, Exception? inner = null) => new(
        $"The RIS order book {Path} cannot be read: {problem}. Nothing was changed. Fix the file, or move it aside to start with an empty order book.",
        inner);
}
