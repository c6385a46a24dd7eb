using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;
using PacsLab.Department.Ris;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;

namespace PacsLab.Department.Modalities;

/// <summary>
/// One acquisition, start to queue: make the study, save its files in a new job folder, tell the RIS the step
/// started and completed, queue the send job. The RIS hears of the step only once the study exists, so a study that
/// cannot be made or saved leaves nothing behind, not even an order stuck in progress. A RIS that cannot be told is a
/// warning, not a stop (a real modality scans the patient anyway).
/// </summary>
internal sealed class StudyAcquisition(
    ModalityDeviceOptions device,
    IStudySynthesizer synthesizer,
    IProcedureStepReporter reporter,
    SendQueue queue,
    TimeProvider time,
    ILogger logger)
{
    public async Task<AcquisitionResult> RunAsync(AcquisitionOrder order, string stationAeTitle, CancellationToken cancellationToken)
    {
        if (!synthesizer.Modalities.Contains(device.Modality, StringComparer.Ordinal))
            throw new InvalidOperationException($"The study synthesizer cannot make {device.Modality} studies (it makes {string.Join(", ", synthesizer.Modalities)}).");
        var warnings = new List<string>();
        var reportsToRis = order.AccessionNumber.Length > 0;
        var now = time.GetUtcNow();
        var acquiredAt = time.GetLocalNow().DateTime;
        var request = new StudyRequest
        {
            Modality = device.Modality,
            Patient = order.Patient,
            AccessionNumber = order.AccessionNumber,
            StudyInstanceUid = order.StudyInstanceUid,
            StudyDescription = order.StudyDescription,
            ReferringPhysicianName = order.ReferringPhysicianName,
            RequestedProcedureId = order.RequestedProcedureId,
            ScheduledProcedureStepId = order.ScheduledProcedureStepId,
            StationName = device.EffectiveStationName,
            StationAeTitle = stationAeTitle,
            Manufacturer = device.Acquisition.Manufacturer,
            InstitutionName = device.Acquisition.InstitutionName,
            AcquiredAt = acquiredAt,
            Seed = Seed(stationAeTitle, order, now),
            ImagesPerSeries = device.Acquisition.ImagesPerSeries,
        };
        var study = await Task.Run(() => synthesizer.Synthesize(request), cancellationToken).ConfigureAwait(false);

        var jobId = SendJobIds.New(now);
        var folder = queue.FolderOf(jobId);
        List<InstanceSendResult> instances;
        try
        {
            instances = await SaveAsync(study, folder, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            TryDelete(folder);
            throw;
        }

        if (reportsToRis)
            await ReportAsync(() => reporter.StepStartedAsync(order.AccessionNumber, stationAeTitle, cancellationToken), order.AccessionNumber, "started", warnings)
                .ConfigureAwait(false);
        if (reportsToRis)
            await ReportAsync(() => reporter.StepCompletedAsync(order.AccessionNumber, study.StudyInstanceUid, instances.Count, cancellationToken),
                order.AccessionNumber, "completed", warnings).ConfigureAwait(false);

        var job = await queue.EnqueueAsync(new SendJob
        {
            Id = jobId,
            StudyInstanceUid = study.StudyInstanceUid,
            AccessionNumber = order.AccessionNumber,
            PatientId = order.Patient.PatientId,
            PatientName = order.Patient.PatientName,
            StudyDescription = order.StudyDescription,
            CreatedAt = now,
            Instances = instances,
        }, CancellationToken.None).ConfigureAwait(false);
        ModalityLog.Acquired(logger, study.StudyInstanceUid, instances.Count, order.Patient.PatientId, order.AccessionNumber, order.Source, jobId);
        return new AcquisitionResult(study.StudyInstanceUid, order.AccessionNumber, instances.Count, job, warnings);
    }

    private static async Task<List<InstanceSendResult>> SaveAsync(SynthesizedStudy study, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var instances = new List<InstanceSendResult>();
        for (var i = 0; i < study.Instances.Count; i++)
        {
            var file = study.Instances[i];
            var name = $"{i + 1:D4}.dcm";
            await file.SaveAsync(Path.Combine(folder, name), cancellationToken: cancellationToken).ConfigureAwait(false);
            instances.Add(new InstanceSendResult
            {
                FileName = name,
                SopClassUid = file.Dataset.GetString(DicomTags.SOPClassUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID) ?? "",
                SopInstanceUid = file.Dataset.GetString(DicomTags.SOPInstanceUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID) ?? "",
                TransferSyntaxUid = file.TransferSyntax.Uid,
            });
        }
        return instances;
    }

    private async Task ReportAsync(Func<Task> report, string accessionNumber, string step, List<string> warnings)
    {
        try
        {
            await report().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ModalityLog.StepNotReported(logger, ex, accessionNumber, step);
            warnings.Add($"The RIS was not told that the procedure step of accession {accessionNumber} {step} ({ex.Message}); " +
                "the order's status there stays behind the study.");
        }
    }

    /// <summary>The same device, order and moment give the same study; another moment gives another one.</summary>
    private static int Seed(string stationAeTitle, AcquisitionOrder order, DateTimeOffset now)
    {
        var text = $"{stationAeTitle}|{order.AccessionNumber}|{order.Patient.PatientId}|{now.UtcTicks}";
        return BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0) & int.MaxValue;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the operator; the queue ignores a folder without job.json.
        }
    }
}
