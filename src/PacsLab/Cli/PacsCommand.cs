using System.CommandLine;
using System.Globalization;
using PacsLab.Hosting;
using PacsLab.Pacs.Hosting;

namespace PacsLab.Cli;

/// <summary>`pacslab pacs`: the PACS alone (DICOM listener and REST API) until Ctrl+C.</summary>
internal static class PacsCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Directory for all PACS state: archive, index, logs (default ./pacslab-data)." };
        var aeTitle = new Option<string?>("--ae-title") { Description = "The PACS's AE title (default PACSLAB)." };
        var dicomPort = new Option<int?>("--dicom-port") { Description = "DICOM port on 127.0.0.1 (default 11112)." };
        var httpPort = new Option<int?>("--http-port") { Description = "REST API port on 127.0.0.1 (default 8080)." };
        var command = new Command("pacs", "Run the PACS alone: C-ECHO, C-STORE, C-FIND, C-MOVE and C-GET over DICOM, and the REST API under /api.")
        {
            data, aeTitle, dicomPort, httpPort,
        };
        command.Subcommands.Add(PacsReconcileCommand.Create());
        command.Subcommands.Add(PacsAeCommand.Create());
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>();
            if (parseResult.GetValue(data) is { } d) settings["Pacs:DataDirectory"] = d;
            if (parseResult.GetValue(aeTitle) is { } ae) settings["Pacs:AeTitle"] = ae;
            if (parseResult.GetValue(dicomPort) is { } dp) settings["Pacs:DicomPort"] = dp.ToString(CultureInfo.InvariantCulture);
            if (parseResult.GetValue(httpPort) is { } hp) settings["Http:Port"] = hp.ToString(CultureInfo.InvariantCulture);
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            WebApplication app;
            try
            {
                app = PacsWebApplication.Create(settings);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
            {
                await error.WriteLineAsync($"pacslab pacs: the configuration is not valid: {ex.Message}");
                return 2;
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellationToken);
                    var dicom = await app.Services.GetRequiredService<PacsDicomService>().Ready;
                    await output.WriteLineAsync($"PACS listening for DICOM on {dicom}; REST API at {app.BoundAddress()}api (OpenAPI: {app.BoundAddress()}api/openapi.json). Ctrl+C stops it.");
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
                {
                    await error.WriteLineAsync($"pacslab pacs: could not start: {ex.Message}");
                    await error.WriteLineAsync("Check that the ports are free (another PACS or PacsLab running?) and that the data directory is writable.");
                    return 1;
                }
                await app.WaitForShutdownAsync(cancellationToken);
            }
            return 0;
        });
        return command;
    }
}
