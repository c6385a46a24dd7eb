using System.Net;

namespace PacsLab.Scenarios.Lab;

/// <summary>The lab's REST API answered with an error: its problem details (title and detail) and the request that got them.</summary>
public sealed class LabApiException(HttpStatusCode status, string request, string title, string detail)
    : Exception($"{request} answered {(int)status} {title}: {detail}")
{
    public HttpStatusCode Status { get; } = status;
    public string Request { get; } = request;
    public string Title { get; } = title;
    public string Detail { get; } = detail;
}
