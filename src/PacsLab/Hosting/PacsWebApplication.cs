using System.Net;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using PacsLab.Api;
using PacsLab.Pacs.Hosting;

namespace PacsLab.Hosting;

/// <summary>
/// The PACS alone as a generic host: the DICOM listener as a hosted service and the REST API on Kestrel. Settings
/// come from appsettings.json, then PACSLAB__ environment variables (PACSLAB__Pacs__AeTitle), then the command line.
/// </summary>
public static class PacsWebApplication
{
    public static WebApplication Create(IReadOnlyDictionary<string, string?> commandLineSettings, string? contentRoot = null)
    {
        var app = CreateBuilder(commandLineSettings, contentRoot).Build();
        UsePacs(app);
        return app;
    }

    /// <summary>The PACS's services, configuration and Kestrel on a builder, for hosts that add more (the lab).</summary>
    public static WebApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> commandLineSettings, string? contentRoot = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot ?? Directory.GetCurrentDirectory(),
            Args = [],
        });
        // EF Core logs every SQL command at Information; a trainee reading the console needs the PACS's own messages.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Configuration.AddEnvironmentVariables("PACSLAB__");
        builder.Configuration.AddInMemoryCollection(commandLineSettings);
        builder.Services.AddPacs(builder.Configuration);
        builder.Services.AddOptions<HttpOptions>().Bind(builder.Configuration.GetSection(HttpOptions.Section));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        var http = builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(http.Address), http.Port));
        return builder;
    }

    /// <summary>Error handling, the OpenAPI document and the PACS's routes.</summary>
    public static void UsePacs(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/api/openapi.json");
        app.MapPacsApi();
    }

    /// <summary>The address Kestrel actually bound (the port may have been 0).</summary>
    public static Uri BoundAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
}
