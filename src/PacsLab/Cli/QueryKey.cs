using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>
/// One -k key: an attribute and the values to match (none: a return key, universal matching, PS3.4 C.2.2.2.3).
/// <see cref="Name"/> is how a message names it, e.g. "PatientName (0010,0010)".
/// </summary>
internal sealed record QueryKey(DicomTag Tag, DicomVR VR, string Name, IReadOnlyList<string> Values);
