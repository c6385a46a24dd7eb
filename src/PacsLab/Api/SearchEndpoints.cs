using PacsLab.Pacs.Query;

namespace PacsLab.Api;

/// <summary>
/// Patients, studies, series and instances searched with C-FIND's matching: every query parameter except
/// <c>limit</c> is a DICOM keyword and a value, e.g. <c>/api/pacs/studies?PatientName=doe*&amp;StudyDate=20260101-</c>.
/// </summary>
public static class SearchEndpoints
{
    private const int DefaultLimit = 100;

    public static void Map(RouteGroupBuilder pacs)
    {
        pacs.MapGet("/patients", (PacsSearch search, HttpRequest request, CancellationToken ct) => SearchAsync(search, QueryLevel.Patient, request, ct))
            .WithTags("Search").WithName("SearchPatients");
        pacs.MapGet("/studies", (PacsSearch search, HttpRequest request, CancellationToken ct) => SearchAsync(search, QueryLevel.Study, request, ct))
            .WithTags("Search").WithName("SearchStudies");
        pacs.MapGet("/series", (PacsSearch search, HttpRequest request, CancellationToken ct) => SearchAsync(search, QueryLevel.Series, request, ct))
            .WithTags("Search").WithName("SearchSeries");
        pacs.MapGet("/instances", (PacsSearch search, HttpRequest request, CancellationToken ct) => SearchAsync(search, QueryLevel.Image, request, ct))
            .WithTags("Search").WithName("SearchInstances");
    }

    private static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> SearchAsync(PacsSearch search, QueryLevel level, HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = DefaultLimit;
        var keys = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Query)
        {
            if (name == "limit")
            {
                limit = int.TryParse(values.ToString(), out var n) && n is > 0 and <= 1000
                    ? n
                    : throw new ArgumentException($"limit '{values}' must be a whole number from 1 to 1000");
                continue;
            }
            keys.Add(new(name, values.ToString()));
        }
        return await search.SearchAsync(level, keys, limit, cancellationToken);
    }
}
