using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// The outcome of a service-menu Verify against one peer: whether C-ECHO succeeded, and a sentence a technologist
/// can act on; <see cref="Error"/> holds the failure in DICOM terms and plain words.
/// </summary>
public sealed record VerificationResult(string Role, DicomNode Peer, string CallingAeTitle, bool Success, string Message, DeviceError? Error);
