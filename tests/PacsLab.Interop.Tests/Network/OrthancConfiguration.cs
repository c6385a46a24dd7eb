using System.Text.Json.Nodes;

namespace PacsLab.Interop.Tests.Network;

/// <summary>
/// The configuration file of every Orthanc the tests start (options of Orthanc's documented /etc/orthanc/orthanc.json):
/// its own storage, no plugins, and a DICOM side that answers only the modalities it is given.
/// </summary>
internal static class OrthancConfiguration
{
    /// <param name="modalities">Orthanc's name for each modality, with its AE title and port on 127.0.0.1.</param>
    /// <param name="httpPort">The REST API's port; null leaves the HTTP server off (the DICOM port then signals readiness).</param>
    public static JsonObject Build(string name, string folder, string aeTitle, int dicomPort,
        IEnumerable<(string Name, string AeTitle, int Port)> modalities, int? httpPort = null)
    {
        var known = new JsonObject();
        foreach (var (modality, title, port) in modalities) known[modality] = new JsonArray(title, "127.0.0.1", port);
        var configuration = new JsonObject
        {
            ["Name"] = name,
            ["StorageDirectory"] = Path.Combine(folder, "storage"),
            ["IndexDirectory"] = Path.Combine(folder, "index"),
            ["StorageCompression"] = false,
            ["Plugins"] = new JsonArray(),
            ["HttpServerEnabled"] = httpPort is not null,
            ["RemoteAccessAllowed"] = false,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = aeTitle,
            ["DicomPort"] = dicomPort,
            ["DicomCheckCalledAet"] = false,
            ["DicomModalities"] = known,
            // Orthanc 1.10 cannot bind its DICOM port to 127.0.0.1 alone, so it answers only the modalities above,
            // and only when they call from the host given for them.
            ["DicomCheckModalityHost"] = true,
            ["DicomAlwaysAllowEcho"] = false,
            ["DicomAlwaysAllowStore"] = false,
            ["DicomAlwaysAllowFind"] = false,
            ["DicomAlwaysAllowMove"] = false,
            ["DicomAlwaysAllowGet"] = false,
            // Orthanc otherwise keeps its C-MOVE association to the destination open for 5 s after the last store.
            ["DicomAssociationCloseDelay"] = 0,
            ["DicomScuTimeout"] = 10,
        };
        if (httpPort is { } http)
        {
            configuration["HttpPort"] = http;
            configuration["AuthenticationEnabled"] = false;
            configuration["OrthancExplorerEnabled"] = false;
            configuration["WebDavEnabled"] = false;
            configuration["HttpCompressionEnabled"] = false;
        }
        return configuration;
    }
}
