using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Department.Workstation;

/// <summary>
/// "Retrieve priors": C-FIND the PACS (Study Root, STUDY level) for the patient's studies, then C-MOVE each one (or
/// the one asked for) to the workstation's own AE title, on one association. Each study's outcome is kept; a study
/// whose move fails does not stop the others unless the association itself is gone.
/// </summary>
internal static class PriorsRetriever
{
    public static async Task<PriorsRetrieval> RetrieveAsync(DicomNode pacs, string ownAeTitle, int? ownPort, string patientId, string? studyInstanceUid,
        TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        var options = new DicomClientOptions
        {
            Host = pacs.Host, Port = pacs.Port, CallingAeTitle = ownAeTitle, CalledAeTitle = pacs.AeTitle, ConnectTimeout = connectTimeout,
        };
        var studies = new List<DicomDataset>();
        var results = new List<PriorStudyRetrieval>();
        DicomClient client;
        try
        {
            client = await DicomClient.ConnectAsync(options, DicomClient.Proposals(
            [
                (WorkstationSyntaxes.StudyRootFind, WorkstationSyntaxes.CommandTransferSyntaxes),
                (WorkstationSyntaxes.StudyRootMove, WorkstationSyntaxes.CommandTransferSyntaxes),
            ]), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
        {
            return Failed(patientId, pacs, results, NetworkErrorWording.Describe(ex, pacs, ownAeTitle));
        }

        await using (client.ConfigureAwait(false))
        {
            foreach (var model in new[] { WorkstationSyntaxes.StudyRootFind, WorkstationSyntaxes.StudyRootMove })
            {
                if (client.Association.FindContext(model) is not null) continue;
                return Failed(patientId, pacs, results, new DeviceError(DeviceErrorKind.NoPresentationContext,
                    $"no presentation context accepted for {ModalitySyntaxes.Name(model)} by {pacs.AeTitle}",
                    $"{pacs} does not offer Study Root query/retrieve to {ownAeTitle}. Check that it is a PACS and that {ownAeTitle} may query and retrieve there."));
            }
            try
            {
                await foreach (var match in client.FindAsync(WorkstationSyntaxes.StudyRootFind, StudyRootKeys.StudiesOf(patientId, studyInstanceUid), cancellationToken)
                                   .ConfigureAwait(false))
                    studies.Add(match);

                // Newest first; a PACS that answers once per series or image still gets one C-MOVE per study.
                var distinct = studies.Where(s => Text(s, DicomTags.StudyInstanceUID) is not null)
                    .GroupBy(s => Text(s, DicomTags.StudyInstanceUID)!, StringComparer.Ordinal).Select(g => g.First())
                    .OrderByDescending(s => s.GetString(DicomTags.StudyDate) ?? "", StringComparer.Ordinal);
                foreach (var study in distinct)
                {
                    var uid = Text(study, DicomTags.StudyInstanceUID)!;
                    var response = await client.MoveAsync(WorkstationSyntaxes.StudyRootMove, ownAeTitle, StudyRootKeys.Study(uid),
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                    var counts = response.SubOperations;
                    results.Add(new PriorStudyRetrieval(uid, Text(study, DicomTags.StudyDate), Text(study, WorkstationTags.StudyDescription),
                        Text(study, WorkstationTags.AccessionNumber), Text(study, WorkstationTags.ModalitiesInStudy), response.Status.IsSuccess,
                        response.Status.ToString(), counts?.Completed ?? 0, counts?.Failed ?? 0, counts?.Warning ?? 0,
                        RetrieveWording.Describe(response, pacs, ownAeTitle, ownPort)));
                }
                await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
            {
                return Failed(patientId, pacs, results, NetworkErrorWording.Describe(ex, pacs, ownAeTitle));
            }
        }
        return new PriorsRetrieval(patientId, pacs, results, Summary(patientId, studyInstanceUid, pacs, results), null);
    }

    private static string Summary(string patientId, string? studyInstanceUid, DicomNode pacs, IReadOnlyList<PriorStudyRetrieval> results)
    {
        if (results.Count == 0)
            return studyInstanceUid is null
                ? $"{pacs} has no studies for patient ID '{patientId}'. Check the Patient ID (it must match exactly), or whether the studies reached the PACS."
                : $"{pacs} has no study {studyInstanceUid} for patient ID '{patientId}'.";
        var ok = results.Count(r => r.Success);
        var images = results.Sum(r => r.Completed);
        var text = $"{pacs} listed {results.Count} stud{(results.Count == 1 ? "y" : "ies")} for patient ID '{patientId}'; " +
            $"{ok} retrieved completely ({images} image{(images == 1 ? "" : "s")})";
        var failed = results.FirstOrDefault(r => !r.Success);
        return failed is null ? text + "." : $"{text}; {results.Count - ok} not: {failed.Message}.";
    }

    private static PriorsRetrieval Failed(string patientId, DicomNode pacs, List<PriorStudyRetrieval> results, DeviceError error) =>
        new(patientId, pacs, results, $"Priors for patient ID '{patientId}' could not be retrieved: {error.Message}", error);

    private static string? Text(DicomDataset dataset, DicomTag tag) =>
        dataset.GetString(tag) is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
