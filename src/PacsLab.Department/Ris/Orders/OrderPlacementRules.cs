using PacsLab.Department.Ris.Worklist;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// Checks a placement before it becomes an order: the fields every worklist item needs, a modality the lab knows, a
/// legal AE title, and every value within its VR's rules (PS3.5 Table 6.2-1) as it would be sent on the worklist.
/// </summary>
internal static class OrderPlacementRules
{
    private static readonly string[] Sexes = ["M", "F", "O"];

    /// <summary>The placement with its text trimmed (leading and trailing spaces are not significant in these VRs).</summary>
    public static OrderPlacement Normalize(OrderPlacement placement) => placement with
    {
        AccessionNumber = Trim(placement.AccessionNumber),
        Patient = placement.Patient is null ? null! : new PatientDemographics(
            Trim(placement.Patient.PatientId), Trim(placement.Patient.PatientName), Optional(placement.Patient.BirthDate),
            Optional(placement.Patient.Sex), Optional(placement.Patient.IssuerOfPatientId)),
        Modality = Trim(placement.Modality),
        ScheduledStationAeTitle = Trim(placement.ScheduledStationAeTitle),
        ScheduledStationName = Trim(placement.ScheduledStationName),
        RequestedProcedureDescription = Trim(placement.RequestedProcedureDescription),
        RequestedProcedureId = Optional(placement.RequestedProcedureId),
        ScheduledProcedureStepId = Optional(placement.ScheduledProcedureStepId),
        ScheduledProcedureStepDescription = Optional(placement.ScheduledProcedureStepDescription),
        ReferringPhysicianName = Trim(placement.ReferringPhysicianName),
        ScheduledPerformingPhysicianName = Trim(placement.ScheduledPerformingPhysicianName),
        StudyInstanceUid = Optional(placement.StudyInstanceUid),
    };

    /// <summary>The order a normalized placement becomes, with its first history entry.</summary>
    public static Order ToOrder(OrderPlacement placement, string studyInstanceUid, OrderStatusChange placed) => new()
    {
        AccessionNumber = placement.AccessionNumber,
        Patient = placement.Patient,
        RequestedProcedureId = placement.RequestedProcedureId ?? placement.AccessionNumber,
        RequestedProcedureDescription = placement.RequestedProcedureDescription,
        StudyInstanceUid = studyInstanceUid,
        Modality = placement.Modality,
        ScheduledStationAeTitle = placement.ScheduledStationAeTitle,
        ScheduledStationName = placement.ScheduledStationName,
        ScheduledProcedureStepId = placement.ScheduledProcedureStepId ?? placement.AccessionNumber,
        ScheduledStart = placement.ScheduledStart,
        ScheduledProcedureStepDescription = placement.ScheduledProcedureStepDescription ?? placement.RequestedProcedureDescription,
        ReferringPhysicianName = placement.ReferringPhysicianName,
        ScheduledPerformingPhysicianName = placement.ScheduledPerformingPhysicianName,
        Status = OrderStatus.Scheduled,
        History = [placed],
    };

    /// <summary>What is wrong with a normalized placement, one sentence each; empty when it can be placed.</summary>
    public static List<string> Check(OrderPlacement placement)
    {
        var problems = new List<string>();
        if (placement.AccessionNumber.Length == 0)
            problems.Add("Accession Number (0008,0050) is empty: every order needs one, 1 to 16 characters, unique in the order book.");
        if (placement.Patient is null)
        {
            problems.Add("the patient is missing: an order needs at least a Patient ID (0010,0020) and a Patient's Name (0010,0010).");
            return problems;
        }
        if (placement.Patient.PatientId.Length == 0) problems.Add("Patient ID (0010,0020) is empty: the modality and the PACS identify the patient by it.");
        if (placement.Patient.PatientName.Length == 0) problems.Add("Patient's Name (0010,0010) is empty: write it in DICOM form, e.g. DOE^JANE.");
        if (placement.Patient.Sex is { } sex && !Sexes.Contains(sex))
            problems.Add($"Patient's Sex (0010,0040) '{sex}' is not M, F or O (PS3.3 C.7.1.1); leave it empty when unknown.");
        if (placement.Modality.Length == 0)
            problems.Add("Modality (0008,0060) is empty: say which kind of device performs the exam, e.g. CT.");
        else if (!RisModalities.IsKnown(placement.Modality))
            problems.Add($"Modality (0008,0060) '{placement.Modality}' is not one the RIS knows ({string.Join(", ", RisModalities.Known.Order(StringComparer.Ordinal))})"
                         + (RisModalities.IsKnown(placement.Modality.ToUpperInvariant()) ? $"; modality codes are upper case: {placement.Modality.ToUpperInvariant()}." : "."));
        if (AeTitle.FindProblem(placement.ScheduledStationAeTitle) is { } aeProblem)
            problems.Add($"Scheduled Station AE Title (0040,0001) '{placement.ScheduledStationAeTitle}' {aeProblem}: an AE title has 1 to 16 characters "
                         + "of the default repertoire and no backslash (PS3.5 Table 6.2-1). It must be the AE title the modality queries the worklist with.");
        if (placement.StudyInstanceUid is { } uid && !DicomUid.IsValid(uid))
            problems.Add($"Study Instance UID (0020,000D) '{uid}' is not a valid UID: at most 64 digits and dots, no empty component, no component with a leading zero (PS3.5 9.1).");
        return problems;
    }

    /// <summary>Problems of the values as the worklist item would carry them (lengths, characters, dates, multiplicity).</summary>
    public static IEnumerable<string> CheckValues(Order order)
    {
        var item = WorklistItemBuilder.Build(order);
        var problems = Elements(item).SelectMany(e => DicomValueValidator.Validate(e.Owner, e.Element)).ToList();
        // IDs that default to the accession number repeat its problem; saying it once is enough.
        var accessionWrong = problems.Any(p => p.Tag == WorklistTags.AccessionNumber);
        return problems
            .Where(p => !(accessionWrong && IsCopyOfAccession(p.Tag, order)))
            .Select(p => p.Message.EndsWith('.') ? p.Message : p.Message + ".");
    }

    private static bool IsCopyOfAccession(DicomTag tag, Order order) =>
        (tag == WorklistTags.RequestedProcedureID && order.RequestedProcedureId == order.AccessionNumber)
        || (tag == WorklistTags.ScheduledProcedureStepID && order.ScheduledProcedureStepId == order.AccessionNumber);

    private static IEnumerable<(DicomDataset Owner, DicomItem Element)> Elements(DicomDataset dataset)
    {
        foreach (var element in dataset)
        {
            if (element.Tag == DicomTags.SpecificCharacterSet) continue;
            if (element is DicomSequence sequence)
            {
                foreach (var nested in sequence.Items.SelectMany(Elements)) yield return nested;
            }
            else yield return (dataset, element);
        }
    }

    private static string Trim(string? text) => text?.Trim() ?? "";

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
