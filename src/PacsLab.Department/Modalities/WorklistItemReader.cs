using System.Globalization;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;

namespace PacsLab.Department.Modalities;

/// <summary>Reads a worklist C-FIND match into a <see cref="WorklistItem"/>; the first Scheduled Procedure Step item is the step.</summary>
public static class WorklistItemReader
{
    public static WorklistItem Read(DicomDataset match)
    {
        var step = (match[WorklistTags.ScheduledProcedureStepSequence] as DicomSequence)?.Items.FirstOrDefault() ?? new DicomDataset();
        return new WorklistItem
        {
            Patient = new PatientDemographics(
                Text(match, DicomTags.PatientID) ?? "",
                Text(match, DicomTags.PatientName) ?? "",
                Text(match, WorklistTags.PatientBirthDate),
                Text(match, WorklistTags.PatientSex),
                Text(match, WorklistTags.IssuerOfPatientID)),
            AccessionNumber = Text(match, WorklistTags.AccessionNumber) ?? "",
            StudyInstanceUid = Text(match, DicomTags.StudyInstanceUID),
            RequestedProcedureId = Text(match, WorklistTags.RequestedProcedureID) ?? "",
            RequestedProcedureDescription = Text(match, WorklistTags.RequestedProcedureDescription),
            ReferringPhysicianName = Text(match, WorklistTags.ReferringPhysicianName),
            ScheduledProcedureStepId = Text(step, WorklistTags.ScheduledProcedureStepID) ?? "",
            ScheduledProcedureStepDescription = Text(step, WorklistTags.ScheduledProcedureStepDescription),
            Modality = Text(step, DicomTags.Modality) ?? "",
            ScheduledStationAeTitle = Text(step, WorklistTags.ScheduledStationAETitle) ?? "",
            ScheduledStationName = Text(step, WorklistTags.ScheduledStationName),
            ScheduledStart = Start(Text(step, WorklistTags.ScheduledProcedureStepStartDate), Text(step, WorklistTags.ScheduledProcedureStepStartTime)),
            ScheduledProcedureStepStatus = Text(step, WorklistTags.ScheduledProcedureStepStatus),
            ScheduledPerformingPhysicianName = Text(step, WorklistTags.ScheduledPerformingPhysicianName),
        };
    }

    private static string? Text(DicomDataset dataset, DicomTag tag) =>
        dataset.GetString(tag) is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>DA and TM as the RIS sent them; a value that does not parse is treated as not given.</summary>
    private static DateTime? Start(string? date, string? time)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        var clock = TimeOnly.MinValue;
        if (time is { Length: >= 4 })
        {
            var digits = time.Split('.')[0];
            var format = digits.Length switch { 4 => "HHmm", 6 => "HHmmss", _ => null };
            if (format is not null && TimeOnly.TryParseExact(digits, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) clock = parsed;
        }
        return day.ToDateTime(clock);
    }
}
