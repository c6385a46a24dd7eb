using System.Net;
using PacsLab.Department.Hosting;
using PacsLab.Hosting;

namespace PacsLab.Cli;

/// <summary>What the lab prints once it is up: every node with its AE title and port, and where to go from there.</summary>
internal static class LabBanner
{
    public static void Write(TextWriter output, WebApplication app, IPEndPoint pacs, LabSettings lab)
    {
        var devices = app.Services.GetRequiredService<DepartmentDevices>();
        var ris = app.Services.GetRequiredService<RisService>();
        var api = app.BoundAddress();
        var department = lab.Department;
        output.WriteLine($"PacsLab {LabStatus.Version}: the lab is running (data in {Path.GetFullPath(lab.DataDirectory)}).");
        output.WriteLine();
        output.WriteLine($"  PACS          {department.Pacs.AeTitle,-10} DICOM {pacs}");
        output.WriteLine($"  RIS worklist  {ris.AeTitle,-10} DICOM {ris.LocalEndPoint}");
        foreach (var modality in devices.Modalities)
        {
            var settings = modality.ServiceMenu.Current;
            output.WriteLine($"  {modality.Modality,-2} modality   {settings.AeTitle,-10} C-ECHO on 127.0.0.1:{modality.Port}, sends to {settings.Destination}");
        }
        output.WriteLine($"  Workstation   {devices.Workstation.AeTitle,-10} DICOM 127.0.0.1:{devices.Workstation.Port}, retrieves from {devices.Workstation.Pacs}");
        output.WriteLine();
        output.WriteLine(lab.Trickle.IntervalSeconds > 0
            ? $"A modality acquires a study every {lab.Trickle.IntervalSeconds} s (PUT {api}api/lab/trickle to change it)."
            : $"No acquisitions by themselves (--trickle 0): POST {api}api/lab/trickle/acquire-now for one.");
        output.WriteLine($"REST API: {api}api (lab: {api}api/lab, OpenAPI: {api}api/openapi.json). Ctrl+C stops the lab.");
        output.WriteLine("Try: findscu -S -k QueryRetrieveLevel=STUDY -k PatientName= -aec " + department.Pacs.AeTitle + $" {pacs.Address} {pacs.Port}");
    }
}
