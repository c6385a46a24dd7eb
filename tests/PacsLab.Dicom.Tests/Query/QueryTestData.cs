using PacsLab.Dicom.Query;

namespace PacsLab.Dicom.Tests.Query;

/// <summary>Tags the query tests use (PS3.6) and small builders for identifiers and candidates.</summary>
internal static class QueryTestData
{
    public static readonly DicomTag StudyDate = new(0x0008, 0x0020);
    public static readonly DicomTag AcquisitionDateTime = new(0x0008, 0x002A);
    public static readonly DicomTag StudyTime = new(0x0008, 0x0030);
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag QueryRetrieveLevel = new(0x0008, 0x0052);
    public static readonly DicomTag Modality = new(0x0008, 0x0060);
    public static readonly DicomTag ModalitiesInStudy = new(0x0008, 0x0061);
    public static readonly DicomTag StudyDescription = new(0x0008, 0x1030);
    public static readonly DicomTag ReferencedStudySequence = new(0x0008, 0x1110);
    public static readonly DicomTag ReferencedSOPClassUID = new(0x0008, 0x1150);
    public static readonly DicomTag ReferencedSOPInstanceUID = new(0x0008, 0x1155);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientComments = new(0x0010, 0x4000);
    public static readonly DicomTag SliceThickness = new(0x0018, 0x0050);
    public static readonly DicomTag SeriesNumber = new(0x0020, 0x0011);
    public static readonly DicomTag Rows = new(0x0028, 0x0010);
    public static readonly DicomTag ScheduledStationAETitle = new(0x0040, 0x0001);
    public static readonly DicomTag ScheduledProcedureStepStartDate = new(0x0040, 0x0002);
    public static readonly DicomTag ScheduledProcedureStepSequence = new(0x0040, 0x0100);

    /// <summary>A data set of text or number elements; a value with '\' becomes several values.</summary>
    public static DicomDataset Data(params (DicomTag Tag, DicomVR VR, string Value)[] elements)
    {
        var dataset = new DicomDataset();
        foreach (var (tag, vr, value) in elements) dataset.AddOrUpdate(tag, vr, value);
        return dataset;
    }

    /// <summary>The one condition of an identifier holding one key.</summary>
    public static QueryCondition Condition(DicomTag tag, DicomVR vr, string value, DicomQueryOptions? options = null) =>
        Assert.Single(DicomQuery.Parse(Data((tag, vr, value)), options).Conditions);

    /// <summary>Whether an identifier of one key matches a candidate holding one value for the same key.</summary>
    public static bool KeyMatches(DicomTag tag, DicomVR vr, string key, string candidateValue, DicomQueryOptions? options = null) =>
        Condition(tag, vr, key, options).Matches(Data((tag, vr, candidateValue)));

    public static DicomDataset WithSequence(this DicomDataset dataset, DicomTag tag, params DicomDataset[] items)
    {
        dataset.AddOrUpdate(new DicomSequence(tag, items));
        return dataset;
    }
}
