using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.2.1 General Study Module.</summary>
internal static class GeneralStudyModule
{
    public static void Write(DicomDataset dataset, SynthesisContext context)
    {
        var request = context.Request;
        dataset.Set(SynthesisTags.StudyInstanceUID, context.Uids.Study);
        dataset.SetDate(SynthesisTags.StudyDate, context.AcquiredAt);
        dataset.SetTime(SynthesisTags.StudyTime, context.AcquiredAt);
        dataset.Set(SynthesisTags.ReferringPhysicianName, request.ReferringPhysicianName ?? "");
        dataset.Set(SynthesisTags.StudyID, context.StudyId);
        dataset.Set(SynthesisTags.AccessionNumber, request.AccessionNumber);
        dataset.Set(SynthesisTags.StudyDescription, request.StudyDescription ?? context.Template.StudyDescription);
    }
}
