namespace PacsLab.Api;

/// <summary>The PACS's REST API under /api/pacs, one route module per subject (DESIGN.md example 10).</summary>
public static class PacsApi
{
    public static void MapPacsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", HealthEndpoints.GetAsync).WithName("Health");
        var pacs = app.MapGroup("/api/pacs").AddEndpointFilter<ApiExceptionFilter>();
        AeTableEndpoints.Map(pacs.MapGroup("/ae-table").WithTags("AE table"));
        AeTableEndpoints.MapChecks(pacs.MapGroup("/association-checks").WithTags("AE table"));
        LogEndpoints.Map(pacs);
        SearchEndpoints.Map(pacs);
        InstanceEndpoints.Map(pacs.MapGroup("/instances/{sopInstanceUid}").WithTags("Instances"));
        CorrectionEndpoints.Map(pacs.MapGroup("/corrections").WithTags("Corrections"));
        PacsSettingsEndpoints.Map(pacs);
        pacs.MapGet("/storage", StorageEndpoints.GetAsync).WithTags("Storage").WithName("StorageStatistics");
    }
}
