using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class BuildResponseTests
{
    private static DicomDataset Study() => Data(
        (StudyDate, DicomVR.DA, "20240115"),
        (AccessionNumber, DicomVR.SH, "A100"),
        (ModalitiesInStudy, DicomVR.CS, @"CT\MR"),
        (DicomTags.PatientName, DicomVR.PN, "DOE^JOHN"),
        (DicomTags.PatientID, DicomVR.LO, "P1"),
        (PatientBirthDate, DicomVR.DA, "19700101"),
        (DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3"));

    [Fact]
    public void BuildResponse_HoldsEveryRequestedKeyWithTheCandidatesValue()
    {
        var query = DicomQuery.Parse(Data(
            (StudyDate, DicomVR.DA, "20240101-"),
            (ModalitiesInStudy, DicomVR.CS, "MR"),
            (DicomTags.PatientName, DicomVR.PN, ""),
            (DicomTags.StudyInstanceUID, DicomVR.UI, "")));

        var response = query.BuildResponse(Study());

        Assert.Equal([StudyDate, ModalitiesInStudy, DicomTags.PatientName, DicomTags.StudyInstanceUID], response.Select(i => i.Tag));
        Assert.Equal("20240115", response.GetString(StudyDate));
        Assert.Equal(["CT", "MR"], response.GetStrings(ModalitiesInStudy));
        Assert.Equal("DOE^JOHN", response.GetString(DicomTags.PatientName));
        Assert.Equal("1.2.3", response.GetString(DicomTags.StudyInstanceUID));
    }

    [Fact]
    public void BuildResponse_KeyTheCandidateLacks_IsZeroLengthWithTheKeysVr()
    {
        var query = DicomQuery.Parse(Data((DicomTags.PatientID, DicomVR.LO, ""), (StudyTime, DicomVR.TM, "")));

        var response = query.BuildResponse(Study());

        var time = Assert.IsType<DicomElement>(response[StudyTime]);
        Assert.True(time.IsEmpty);
        Assert.Same(DicomVR.TM, time.VR);
        Assert.Equal("P1", response.GetString(DicomTags.PatientID));
    }

    [Fact]
    public void BuildResponse_CarriesTheQueryRetrieveLevelAsRequested()
    {
        var query = DicomQuery.Parse(Data((QueryRetrieveLevel, DicomVR.CS, "STUDY"), (DicomTags.PatientID, DicomVR.LO, "")));
        Assert.Equal("STUDY", query.BuildResponse(Study()).GetString(QueryRetrieveLevel));
    }

    [Fact]
    public void BuildResponse_WithoutLevelInRequest_HasNoLevel()
    {
        var query = DicomQuery.Parse(Data((DicomTags.PatientID, DicomVR.LO, "")));
        Assert.False(query.BuildResponse(Study()).Contains(QueryRetrieveLevel));
    }

    [Fact]
    public void BuildResponse_CarriesTheCandidatesCharacterSet()
    {
        var candidate = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100"), (DicomTags.PatientName, DicomVR.PN, "Buc^Jérôme"));
        var query = DicomQuery.Parse(Data((DicomTags.PatientName, DicomVR.PN, "")));

        var response = query.BuildResponse(candidate);

        Assert.Equal("ISO_IR 100", response.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal("Buc^Jérôme", response.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void BuildResponse_CandidateWithoutCharacterSet_HasNoneEvenIfRequestHasOne()
    {
        var query = DicomQuery.Parse(Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"), (DicomTags.PatientName, DicomVR.PN, "")));
        Assert.False(query.BuildResponse(Study()).Contains(DicomTags.SpecificCharacterSet));
    }

    [Fact]
    public void BuildResponse_LeavesOutAttributesNotRequested()
    {
        var query = DicomQuery.Parse(Data((DicomTags.PatientID, DicomVR.LO, "P1")));

        var response = query.BuildResponse(Study());

        Assert.False(response.Contains(PatientBirthDate));
        Assert.False(response.Contains(DicomTags.PatientName));
    }

    [Fact]
    public void BuildResponse_SequenceItems_HoldOnlyTheRequestedItemKeys()
    {
        var candidate = Study().WithSequence(ReferencedStudySequence,
            Data((ReferencedSOPClassUID, DicomVR.UI, "1.2.840.10008.3.1.2.3.1"), (ReferencedSOPInstanceUID, DicomVR.UI, "1.2.9")));
        var query = DicomQuery.Parse(new DicomDataset().WithSequence(ReferencedStudySequence, Data((ReferencedSOPInstanceUID, DicomVR.UI, ""))));

        var response = query.BuildResponse(candidate);

        var item = Assert.Single(Assert.IsType<DicomSequence>(response[ReferencedStudySequence]).Items);
        Assert.Equal([ReferencedSOPInstanceUID], item.Select(i => i.Tag));
        Assert.Equal("1.2.9", item.GetString(ReferencedSOPInstanceUID));
    }

    [Fact]
    public void BuildResponse_EmptyRequestItem_ReturnsWholeItems()
    {
        var candidate = Study().WithSequence(ReferencedStudySequence,
            Data((ReferencedSOPClassUID, DicomVR.UI, "1.2.840.10008.3.1.2.3.1"), (ReferencedSOPInstanceUID, DicomVR.UI, "1.2.9")));
        var query = DicomQuery.Parse(new DicomDataset().WithSequence(ReferencedStudySequence, new DicomDataset()));

        var item = Assert.Single(Assert.IsType<DicomSequence>(query.BuildResponse(candidate)[ReferencedStudySequence]).Items);

        Assert.Equal([ReferencedSOPClassUID, ReferencedSOPInstanceUID], item.Select(i => i.Tag));
    }

    [Fact]
    public void BuildResponse_SequenceMatch_ReturnsOnlyTheMatchingItems()
    {
        var candidate = new DicomDataset().WithSequence(ScheduledProcedureStepSequence,
            Data((DicomTags.Modality, DicomVR.CS, "CT"), (ScheduledStationAETitle, DicomVR.AE, "CT1")),
            Data((DicomTags.Modality, DicomVR.CS, "MR"), (ScheduledStationAETitle, DicomVR.AE, "MR1")));
        var query = DicomQuery.Parse(new DicomDataset().WithSequence(ScheduledProcedureStepSequence,
            Data((DicomTags.Modality, DicomVR.CS, "MR"), (ScheduledStationAETitle, DicomVR.AE, ""))));

        var item = Assert.Single(Assert.IsType<DicomSequence>(query.BuildResponse(candidate)[ScheduledProcedureStepSequence]).Items);

        Assert.Equal("MR1", item.GetString(ScheduledStationAETitle));
    }

    [Fact]
    public void BuildResponse_SequenceTheCandidateLacks_IsEmptySequence()
    {
        var query = DicomQuery.Parse(new DicomDataset().WithSequence(ReferencedStudySequence, new DicomDataset()));
        var sequence = Assert.IsType<DicomSequence>(query.BuildResponse(Study())[ReferencedStudySequence]);
        Assert.Empty(sequence.Items);
    }

    [Fact]
    public void BuildResponse_DoesNotAttachTheCandidatesItemsToTheResponse()
    {
        var item = Data((ReferencedSOPInstanceUID, DicomVR.UI, "1.2.9"));
        var candidate = Study().WithSequence(ReferencedStudySequence, item);
        var query = DicomQuery.Parse(new DicomDataset().WithSequence(ReferencedStudySequence, new DicomDataset()));

        var response = query.BuildResponse(candidate);
        var copied = Assert.Single(Assert.IsType<DicomSequence>(response[ReferencedStudySequence]).Items);
        copied.AddOrUpdate(ReferencedSOPClassUID, DicomVR.UI, "1.2");

        Assert.Same(candidate, item.Parent);
        Assert.Same(response, copied.Parent);
        Assert.False(item.Contains(ReferencedSOPClassUID));
    }
}
