using PacsLab.Department.Catalog;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>Makes the data sets of one modality's study; one implementation per modality.</summary>
internal interface IModalityBuilder
{
    /// <summary>The request modality it answers to: CT, MR, CR, DX, US or OT.</summary>
    string Modality { get; }

    /// <summary>The template used when no catalog template matches the request.</summary>
    StudyTemplate DefaultTemplate { get; }

    /// <summary>The instances in acquisition order.</summary>
    IReadOnlyList<DicomDataset> Build(SynthesisContext context);
}
