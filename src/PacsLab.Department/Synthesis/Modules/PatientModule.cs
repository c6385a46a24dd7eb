using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.1.1 Patient Module, and the age of C.7.2.2 Patient Study Module.</summary>
internal static class PatientModule
{
    public static void Write(DicomDataset dataset, SynthesisContext context)
    {
        var patient = context.Request.Patient;
        dataset.Set(SynthesisTags.PatientName, patient.PatientName);
        dataset.Set(SynthesisTags.PatientID, patient.PatientId);
        if (!string.IsNullOrWhiteSpace(patient.IssuerOfPatientId)) dataset.Set(SynthesisTags.IssuerOfPatientID, patient.IssuerOfPatientId);
        dataset.Set(SynthesisTags.PatientBirthDate, patient.BirthDate ?? "");
        dataset.Set(SynthesisTags.PatientSex, patient.Sex ?? "");
        if (PatientAge.At(patient.BirthDate, context.AcquiredAt) is { } age) dataset.Set(SynthesisTags.PatientAge, age);
    }
}
