using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PacsLab.Cli;

/// <summary>
/// The CLI's way into a running PACS: its REST API (the same surface the console and the scenario checks use).
/// Failures become messages that say what happened and what to check.
/// </summary>
internal sealed class PacsApiClient(Uri baseAddress) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { { "X-PacsLab-User", "cli" } } };

    public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new PacsApiException($"cannot reach the PACS REST API at {baseAddress} ({ex.Message}). Is `pacslab pacs` running, and on that HTTP port (--url)?");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var problem = await ReadProblemAsync(response, cancellationToken);
                throw new PacsApiException($"the PACS refused the request ({(int)response.StatusCode}): {problem}");
            }
            if (typeof(T) == typeof(bool)) return (T)(object)true;
            return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
        }
    }

    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
            return problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : problem.GetProperty("title").GetString() ?? "";
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return response.ReasonPhrase ?? "no reason given";
        }
    }

    public void Dispose() => _http.Dispose();
}

internal sealed class PacsApiException(string message) : Exception(message);
