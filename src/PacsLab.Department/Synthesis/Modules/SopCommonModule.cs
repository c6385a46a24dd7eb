using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.12.1 SOP Common Module. Specific Character Set is set when the data set is made (SynthesisContext.NewDataset).</summary>
internal static class SopCommonModule
{
    public static void Write(DicomDataset dataset, string sopClassUid, string sopInstanceUid, DateTime createdAt)
    {
        dataset.Set(SynthesisTags.SOPClassUID, sopClassUid);
        dataset.Set(SynthesisTags.SOPInstanceUID, sopInstanceUid);
        dataset.SetDate(SynthesisTags.InstanceCreationDate, createdAt);
        dataset.SetTime(SynthesisTags.InstanceCreationTime, createdAt);
    }
}
