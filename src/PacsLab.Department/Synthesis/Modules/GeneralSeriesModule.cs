using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.3.1 General Series Module, with the Request Attributes Sequence when the study was ordered.</summary>
internal static class GeneralSeriesModule
{
    /// <param name="patientPosition">Patient Position (0018,5100), required for CT and MR (e.g. HFS); null for the others.</param>
    public static void Write(DicomDataset dataset, SynthesisContext context, SeriesPlan series, string modality, string? patientPosition = null)
    {
        dataset.Set(SynthesisTags.Modality, modality);
        dataset.Set(SynthesisTags.SeriesInstanceUID, series.Uid);
        dataset.SetNumbers(SynthesisTags.SeriesNumber, series.Number);
        dataset.SetDate(SynthesisTags.SeriesDate, series.StartsAt);
        dataset.SetTime(SynthesisTags.SeriesTime, series.StartsAt);
        dataset.Set(SynthesisTags.SeriesDescription, series.Description);
        // Laterality is 2C: needed when the body part may be paired; without a body part it is present and empty.
        if (context.Template.BodyPartExamined.Length > 0) dataset.Set(SynthesisTags.BodyPartExamined, context.Template.BodyPartExamined);
        else dataset.SetEmpty(SynthesisTags.Laterality);
        if (patientPosition is not null) dataset.Set(SynthesisTags.PatientPosition, patientPosition);
        if (RequestAttributes(context) is { } item) dataset.SetSequence(SynthesisTags.RequestAttributesSequence, item);
    }

    // PS3.3 Table 10-9 Request Attributes Macro: both IDs are 1C, present whenever the procedure was scheduled.
    private static DicomDataset? RequestAttributes(SynthesisContext context)
    {
        var request = context.Request;
        if (string.IsNullOrWhiteSpace(request.RequestedProcedureId) || string.IsNullOrWhiteSpace(request.ScheduledProcedureStepId)) return null;
        var item = new DicomDataset();
        item.Set(SynthesisTags.RequestedProcedureID, request.RequestedProcedureId);
        if (request.AccessionNumber.Length > 0) item.Set(SynthesisTags.AccessionNumber, request.AccessionNumber);
        if (request.StudyDescription is { Length: > 0 } description) item.Set(SynthesisTags.RequestedProcedureDescription, description);
        item.Set(SynthesisTags.ScheduledProcedureStepID, request.ScheduledProcedureStepId);
        return item;
    }
}
