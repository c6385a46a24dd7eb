namespace PacsLab.Department.Ris;

/// <summary>
/// What a modality tells the RIS about the procedure step it performs, so the order's status follows the study
/// (scheduled, in progress, completed). It stands in for Modality Performed Procedure Step (MPPS), which the
/// network layer does not carry yet (no N-CREATE/N-SET).
/// </summary>
public interface IProcedureStepReporter
{
    /// <summary>The modality started acquiring for this order (MPPS N-CREATE "IN PROGRESS").</summary>
    Task StepStartedAsync(string accessionNumber, string stationAeTitle, CancellationToken cancellationToken);

    /// <summary>The modality finished and queued the images for sending (MPPS N-SET "COMPLETED").</summary>
    Task StepCompletedAsync(string accessionNumber, string studyInstanceUid, int instanceCount, CancellationToken cancellationToken);
}
