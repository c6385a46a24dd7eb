namespace PacsLab.Department.Modalities;

/// <summary>The service menu's Verify: C-ECHO to the destination and to the worklist.</summary>
public sealed record VerificationReport(VerificationResult Destination, VerificationResult Worklist)
{
    public bool Success => Destination.Success && Worklist.Success;
}
