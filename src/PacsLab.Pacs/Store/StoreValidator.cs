using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Pacs.Store;

/// <summary>
/// The checks a C-STORE must pass before anything is written (PS3.4 B.2.3): the four identifying UIDs present and
/// well-formed, and the command's SOP Class and Instance UIDs equal to the data set's. Failures are 0xA900, as
/// DCMTK's storescp answers a UID mismatch.
/// </summary>
internal static class StoreValidator
{
    public static StoreOutcome? Check(IndexedAttributes attributes, StagedInstance staged)
    {
        foreach (var (name, value) in new[]
                 {
                     ("SOP Class UID (0008,0016)", attributes.SopClassUid),
                     ("SOP Instance UID (0008,0018)", attributes.SopInstanceUid),
                     ("Study Instance UID (0020,000D)", attributes.StudyInstanceUid),
                     ("Series Instance UID (0020,000E)", attributes.SeriesInstanceUid),
                 })
        {
            if (value.Length == 0)
                return StoreOutcome.Refuse(DimseStatus.DataSetDoesNotMatchSopClass, $"{name} is missing; the PACS cannot file an instance without it");
            if (!DicomUid.IsValid(value))
                return StoreOutcome.Refuse(DimseStatus.DataSetDoesNotMatchSopClass, $"{name} '{Shorten(value)}' is not a valid UID (digits and dots, at most 64 characters)");
        }
        if (staged.CommandSopInstanceUid is { } commandInstance && commandInstance != attributes.SopInstanceUid)
            return StoreOutcome.Refuse(DimseStatus.DataSetDoesNotMatchSopClass,
                $"SOP Instance UID mismatch: the C-STORE command says '{Shorten(commandInstance)}', the data set says '{Shorten(attributes.SopInstanceUid)}'");
        if (staged.CommandSopClassUid is { } commandClass && commandClass != attributes.SopClassUid)
            return StoreOutcome.Refuse(DimseStatus.DataSetDoesNotMatchSopClass,
                $"SOP Class UID mismatch: the C-STORE command says '{commandClass}', the data set says '{Shorten(attributes.SopClassUid)}'");
        return null;
    }

    private static string Shorten(string value) => value.Length > 70 ? value[..70] + "..." : value;
}
