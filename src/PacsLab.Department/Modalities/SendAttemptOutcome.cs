namespace PacsLab.Department.Modalities;

/// <summary>What one attempt did: every image's result after it, and the attempt's error (null when all were delivered).</summary>
public sealed record SendAttemptOutcome(IReadOnlyList<InstanceSendResult> Instances, DeviceError? Error);
