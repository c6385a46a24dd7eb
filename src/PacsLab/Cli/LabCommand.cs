using System.CommandLine;
using System.Globalization;
using PacsLab.Department.Catalog;
using PacsLab.Department.Configuration;
using PacsLab.Department.Hosting;
using PacsLab.Hosting;
using PacsLab.Pacs.Hosting;

namespace PacsLab.Cli;

/// <summary>`pacslab lab` (and `pacslab` with no arguments): the PACS, the RIS, the modalities and the workstation until Ctrl+C.</summary>
internal static class LabCommand
{
    private static readonly Option<string?> Data = new("--data") { Description = "Directory for all lab state: pacs/ and department/ (default ./pacslab-data)." };
    private static readonly Option<string?> Config = new("--config")
    {
        Description = "The department's description (default: ./department.yaml if there is one, else the built-in one; `pacslab lab --write-config FILE` writes it out to edit).",
    };
    private static readonly Option<string?> WriteConfig = new("--write-config") { Description = "Write the built-in department.yaml to this file and exit." };
    private static readonly Option<int?> HttpPort = new("--http-port") { Description = "REST API port on 127.0.0.1 (default 8080)." };
    private static readonly Option<int?> Trickle = new("--trickle") { Description = "Seconds between two acquisitions of the department (default 30; 0: none, acquire on request only)." };

    public static Command Create()
    {
        var command = new Command("lab", "Run the whole lab: the PACS, the RIS with its worklist, the modalities (CT, MR, CR, US) and the reading workstation.")
        {
            Data, Config, WriteConfig, HttpPort, Trickle,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken));
        return command;
    }

    /// <summary>Runs the lab with the options of <paramref name="parseResult"/> (all defaults for the bare `pacslab`).</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (parseResult.GetValue(WriteConfig) is { } target)
        {
            if (!await DepartmentConfiguration.WriteDefaultAsync(target, cancellationToken))
            {
                await error.WriteLineAsync($"pacslab lab: {target} exists already; it was left as it is. Choose another file name or delete it first.");
                return 2;
            }
            await output.WriteLineAsync($"Wrote the built-in department description to {target}. Edit it, then run: pacslab lab --config {target}");
            return 0;
        }

        LabSettings lab;
        var settings = new Dictionary<string, string?>();
        try
        {
            var configPath = parseResult.GetValue(Config) ?? (File.Exists(DepartmentConfiguration.FileName) ? DepartmentConfiguration.FileName : null);
            var department = await DepartmentConfiguration.LoadAsync(configPath, cancellationToken);
            var trickle = new TrickleOptions { IntervalSeconds = parseResult.GetValue(Trickle) ?? 30 };
            if (trickle.IntervalSeconds < 0) throw new ArgumentException("--trickle must be 0 (no acquisitions by themselves) or a number of seconds.");
            lab = new LabSettings(department, parseResult.GetValue(Data) ?? "pacslab-data", trickle, SampleCatalogLoader.LoadEmbedded());
            if (parseResult.GetValue(HttpPort) is { } hp) settings["Http:Port"] = hp.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is DepartmentConfigurationException or CatalogException or ArgumentException or IOException)
        {
            await error.WriteLineAsync($"pacslab lab: the lab cannot start, because its configuration is not usable: {ex.Message}");
            return 2;
        }

        WebApplication app;
        try
        {
            app = LabWebApplication.Create(lab, settings);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            await error.WriteLineAsync($"pacslab lab: the configuration is not valid: {ex.Message}");
            return 2;
        }
        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
                var dicom = await app.Services.GetRequiredService<PacsDicomService>().Ready;
                LabBanner.Write(output, app, dicom, lab);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Net.Sockets.SocketException or UnauthorizedAccessException
                                           or InvalidDataException or PacsLab.Department.Ris.Orders.OrderBookException)
            {
                await error.WriteLineAsync($"pacslab lab: could not start: {ex.Message}");
                await error.WriteLineAsync("Check that the ports in the department description are free (another PacsLab running?) and that the data directory is writable.");
                return 1;
            }
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }
}
