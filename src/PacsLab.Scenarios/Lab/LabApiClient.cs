using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PacsLab.Scenarios.Lab;

/// <summary>
/// The lab's REST API as the scenario runner uses it: the same calls the console and the CLI make. Answers are JSON
/// nodes (the runner reads a few fields; it does not own the API's types). Every change is made in the name of
/// <see cref="Actor"/> (the X-PacsLab-User header), so the audit log tells the runner's setup from the trainee's work.
/// </summary>
public sealed class LabApiClient(HttpClient http, string actor)
{
    public const string ActorHeader = "X-PacsLab-User";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Uri BaseAddress => http.BaseAddress ?? throw new InvalidOperationException("The lab API client has no base address.");
    public string Actor { get; } = actor;

    /// <summary>The same lab, with changes made in another name (e.g. the self-test's solution acts as the trainee would).</summary>
    public LabApiClient As(string otherActor) => new(http, otherActor);

    public Task<JsonNode?> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);
    public Task<JsonNode?> PostAsync(string path, object? body, CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, path, body, cancellationToken);
    public Task<JsonNode?> PutAsync(string path, object? body, CancellationToken cancellationToken) => SendAsync(HttpMethod.Put, path, body, cancellationToken);
    public Task<JsonNode?> DeleteAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, path, null, cancellationToken);

    /// <summary>GET that answers null for 404 instead of throwing (an AE table entry that is not there, say).</summary>
    public async Task<JsonNode?> FindAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (LabApiException ex) when (ex.Status == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>A PACS search (/api/pacs/studies etc.) with C-FIND matching: each key a DICOM keyword.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> SearchAsync(string level, IEnumerable<(string Keyword, string Value)> keys,
        CancellationToken cancellationToken)
    {
        var query = string.Join("&", keys.Select(k => $"{Uri.EscapeDataString(k.Keyword)}={Uri.EscapeDataString(k.Value)}").Append("limit=1000"));
        var node = await GetAsync($"/api/pacs/{level}?{query}", cancellationToken).ConfigureAwait(false);
        return node?.AsArray().Select(row => (IReadOnlyDictionary<string, string>)row!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "", StringComparer.Ordinal)).ToList() ?? [];
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(ActorHeader, Actor);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var (title, detail) = Problem(text);
            throw new LabApiException(response.StatusCode, $"{method} {path}", title ?? response.ReasonPhrase ?? "error", detail ?? text);
        }
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static (string? Title, string? Detail) Problem(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            return (node?["title"]?.GetValue<string>(), node?["detail"]?.GetValue<string>());
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
