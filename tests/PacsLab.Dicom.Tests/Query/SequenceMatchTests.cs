using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class SequenceMatchTests
{
    private static DicomDataset Step(string modality, string station, string date) => Data(
        (DicomTags.Modality, DicomVR.CS, modality),
        (ScheduledStationAETitle, DicomVR.AE, station),
        (ScheduledProcedureStepStartDate, DicomVR.DA, date));

    private static DicomQuery StepQuery(params (DicomTag Tag, DicomVR VR, string Value)[] itemKeys) =>
        DicomQuery.Parse(new DicomDataset().WithSequence(ScheduledProcedureStepSequence, Data(itemKeys)));

    [Fact]
    public void Sequence_ItemKey_MatchesWhenAnyItemMatches()
    {
        var query = StepQuery((DicomTags.Modality, DicomVR.CS, "MR"));

        Assert.IsType<SequenceMatch>(Assert.Single(query.Conditions));
        Assert.True(query.Matches(new DicomDataset().WithSequence(ScheduledProcedureStepSequence, Step("CT", "CT1", "20240101"), Step("MR", "MR1", "20240101"))));
        Assert.False(query.Matches(new DicomDataset().WithSequence(ScheduledProcedureStepSequence, Step("CT", "CT1", "20240101"))));
    }

    [Fact]
    public void Sequence_AllItemKeys_MustMatchWithinOneItem()
    {
        var query = StepQuery((DicomTags.Modality, DicomVR.CS, "MR"), (ScheduledStationAETitle, DicomVR.AE, "MR1"));
        var crossed = new DicomDataset().WithSequence(ScheduledProcedureStepSequence, Step("MR", "CT1", "20240101"), Step("CT", "MR1", "20240101"));

        Assert.False(query.Matches(crossed));
    }

    [Fact]
    public void Sequence_ItemDateRange_IsApplied()
    {
        var query = StepQuery((ScheduledProcedureStepStartDate, DicomVR.DA, "20240101-20240107"), (DicomTags.Modality, DicomVR.CS, ""));

        Assert.True(query.Matches(new DicomDataset().WithSequence(ScheduledProcedureStepSequence, Step("CT", "CT1", "20240105"))));
        Assert.False(query.Matches(new DicomDataset().WithSequence(ScheduledProcedureStepSequence, Step("CT", "CT1", "20240108"))));
    }

    [Fact]
    public void Sequence_WithEmptyItem_IsUniversal()
    {
        var query = StepQuery();

        Assert.Equal(new UniversalMatch(ScheduledProcedureStepSequence, DicomVR.SQ), Assert.Single(query.Conditions));
        Assert.True(query.Matches(new DicomDataset()));
    }

    [Fact]
    public void Sequence_WithoutItems_IsUniversal()
    {
        var query = DicomQuery.Parse(new DicomDataset().WithSequence(ScheduledProcedureStepSequence));
        Assert.IsType<UniversalMatch>(Assert.Single(query.Conditions));
    }

    [Fact]
    public void Sequence_WithOnlyReturnItemKeys_IsUniversal()
    {
        var query = StepQuery((DicomTags.Modality, DicomVR.CS, ""), (ScheduledStationAETitle, DicomVR.AE, "*"));
        Assert.IsType<UniversalMatch>(Assert.Single(query.Conditions));
    }

    [Fact]
    public void Sequence_WithTwoItems_Throws()
    {
        var identifier = new DicomDataset().WithSequence(ScheduledProcedureStepSequence, new DicomDataset(), new DicomDataset());

        var ex = Assert.Throws<DicomQueryException>(() => DicomQuery.Parse(identifier));

        Assert.Equal(ScheduledProcedureStepSequence, ex.Tag);
        Assert.Contains("exactly one item", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_BadItemKey_ExceptionNamesTheSequenceAndTheItemKey()
    {
        var ex = Assert.Throws<DicomQueryException>(() => StepQuery((ScheduledProcedureStepStartDate, DicomVR.DA, "20240230")));

        Assert.Equal([ScheduledProcedureStepSequence, ScheduledProcedureStepStartDate], ex.Path);
        Assert.Equal(ScheduledProcedureStepStartDate, ex.Tag);
        Assert.Contains("ScheduledProcedureStepSequence (0040,0100) > ScheduledProcedureStepStartDate (0040,0002) = '20240230'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_CandidateWithoutItems_MatchesOnlyUniversalAndEmptyValueItemKeys()
    {
        var noSequence = new DicomDataset();
        var emptySequence = new DicomDataset().WithSequence(ScheduledProcedureStepSequence);

        Assert.False(StepQuery((DicomTags.Modality, DicomVR.CS, "MR")).Matches(noSequence));
        Assert.False(StepQuery((DicomTags.Modality, DicomVR.CS, "MR")).Matches(emptySequence));
        Assert.True(StepQuery((DicomTags.Modality, DicomVR.CS, "\"\"")).Matches(noSequence));
        Assert.True(StepQuery((DicomTags.Modality, DicomVR.CS, "\"\"")).Matches(emptySequence));
    }
}
