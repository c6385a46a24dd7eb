namespace PacsLab.Dicom;

/// <summary>A rule one value breaks, before it is placed in an element: the kind and the reason in plain words.</summary>
internal readonly record struct DicomValueFault(DicomValidationProblemKind Kind, string Reason);
