using System.Reflection;

namespace PacsLab.Cli;

/// <summary>What this version of PacsLab can and cannot do yet, said plainly.</summary>
internal static class LabStatus
{
    public static string Version =>
        typeof(LabStatus).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void Write(TextWriter output)
    {
        output.WriteLine($"PacsLab {Version}");
        output.WriteLine();
        output.WriteLine("The whole lab is not built yet in this version: there is no RIS or worklist, no simulated modalities,");
        output.WriteLine("no reading workstation, no web console and no scenarios to start. What exists now is the PACS and");
        output.WriteLine("PacsLab's DICOM toolkit and network client:");
        output.WriteLine();
        output.WriteLine("  pacslab pacs --data DIR          run the PACS alone: DICOM on 127.0.0.1:11112 (AE PACSLAB), REST API");
        output.WriteLine("                                   on http://127.0.0.1:8080/api; point storescu, findscu or movescu at it");
        output.WriteLine("  pacslab dicom dump FILE          list the elements of a DICOM file, like DCMTK's dcmdump");
        output.WriteLine("  pacslab dicom dump FILE --json   the same data set in the DICOM JSON model (PS3.18 Annex F)");
        output.WriteLine("  pacslab dicom uid                make a new unique identifier (UID) under the 2.25 root");
        output.WriteLine("  pacslab dicom echo HOST PORT     check that a DICOM peer answers (C-ECHO), like DCMTK's echoscu");
        output.WriteLine("  pacslab dicom store HOST PORT F  send DICOM files or folders to a peer (C-STORE), like storescu");
        output.WriteLine("  pacslab dicom find HOST PORT -k  query a peer (C-FIND), like findscu");
        output.WriteLine("  pacslab dicom move ... -aem DEST ask a peer to send matches to DEST (C-MOVE), like movescu");
        output.WriteLine("  pacslab dicom get ... --out DIR  fetch matches over the same association (C-GET), like getscu");
        output.WriteLine("  pacslab --help                   every command and option");
    }
}
