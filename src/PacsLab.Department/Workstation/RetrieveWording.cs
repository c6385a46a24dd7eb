using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Department.Workstation;

/// <summary>A C-MOVE's final response as the workstation reports it (PS3.4 C.4.2.1.5 statuses), naming what to fix.</summary>
internal static class RetrieveWording
{
    public static string Describe(DimseCommand response, DicomNode pacs, string ownAeTitle, int? ownPort)
    {
        var status = response.Status;
        var counts = response.SubOperations;
        var completed = counts?.Completed ?? 0;
        var failed = counts?.Failed ?? 0;
        var warning = counts?.Warning ?? 0;
        var terms = StatusWording.Describe(status, DimseCommandField.CMoveRsp, response.ErrorComment);
        var listening = ownPort is { } port ? $" (this workstation listens as {ownAeTitle} on port {port})" : "";
        return status.Code switch
        {
            0x0000 => $"retrieved {completed} image{(completed == 1 ? "" : "s")} (C-MOVE status {terms})",
            0xA801 => $"the PACS does not know {ownAeTitle} as a move destination: add it to the PACS AE table{listening}. C-MOVE status {terms}",
            0x0124 => $"{pacs.AeTitle} does not allow {ownAeTitle} to retrieve: check its permissions in the PACS AE table. C-MOVE status {terms}",
            (>= 0xA700 and <= 0xA7FF) or 0xB000 when failed > 0 =>
                $"{completed} image{(completed == 1 ? "" : "s")} retrieved, {failed} failed{(warning > 0 ? $", {warning} with warnings" : "")}: " +
                $"{pacs.AeTitle} could not deliver them to {ownAeTitle}. Check {ownAeTitle}'s host and port in the PACS AE table{listening}, " +
                $"and the PACS log. C-MOVE status {terms}",
            0xB000 => $"{completed} image{(completed == 1 ? "" : "s")} retrieved with warnings (C-MOVE status {terms})",
            0xFE00 => $"the retrieval was cancelled after {completed} image{(completed == 1 ? "" : "s")} (C-MOVE status {terms})",
            >= 0xA900 and <= 0xA9FF => $"{pacs.AeTitle} did not accept the retrieve request's identifier. C-MOVE status {terms}",
            _ => $"{pacs.AeTitle} could not perform the retrieval; its log says why. C-MOVE status {terms}",
        };
    }
}
