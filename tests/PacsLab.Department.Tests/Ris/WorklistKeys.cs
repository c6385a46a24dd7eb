using PacsLab.Department.Ris.Worklist;
using PacsLab.Dicom;

namespace PacsLab.Department.Tests.Ris;

/// <summary>Builds Modality Worklist identifiers: top-level keys and keys in the Scheduled Procedure Step Sequence item.</summary>
internal sealed class WorklistKeys
{
    private readonly DicomDataset _identifier = new();
    private DicomDataset? _step;

    public WorklistKeys Key(DicomTag tag, DicomVR vr, string value = "")
    {
        _identifier.AddOrUpdate(tag, vr, value);
        return this;
    }

    public WorklistKeys Step(DicomTag tag, DicomVR vr, string value = "")
    {
        if (_step is null)
        {
            _step = new DicomDataset();
            _identifier.AddOrUpdate(new DicomSequence(WorklistTags.ScheduledProcedureStepSequence, _step));
        }
        _step.AddOrUpdate(tag, vr, value);
        return this;
    }

    public DicomDataset Build() => _identifier;

    /// <summary>What a typical modality asks for: patient, accession, study UID, and the step's modality, station and start.</summary>
    public static WorklistKeys Typical() => new WorklistKeys()
        .Key(WorklistTags.AccessionNumber, DicomVR.SH)
        .Key(WorklistTags.PatientName, DicomVR.PN)
        .Key(WorklistTags.PatientID, DicomVR.LO)
        .Key(WorklistTags.StudyInstanceUID, DicomVR.UI);
}
