using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>A study made by the synthesizer: Part 10 files in acquisition order, ready to send or to save.</summary>
public sealed record SynthesizedStudy(string StudyInstanceUid, IReadOnlyList<DicomFile> Instances);
