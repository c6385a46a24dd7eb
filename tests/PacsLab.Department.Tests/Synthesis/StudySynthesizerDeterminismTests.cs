using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Tests.Synthesis;

public class StudySynthesizerDeterminismTests
{
    private static readonly StudySynthesizer Reduced = new(new SynthesisOptions { MatrixDivisor = 4 });

    public static TheoryData<string> Modalities => new(new StudySynthesizer().Modalities);

    [Theory]
    [MemberData(nameof(Modalities))]
    public async Task Synthesize_SameRequestTwice_SameBytesIncludingUids(string modality)
    {
        var request = TestRequests.For(modality, seed: 11, images: 3);

        var first = Reduced.Synthesize(request);
        var second = Reduced.Synthesize(request);

        Assert.Equal(first.StudyInstanceUid, second.StudyInstanceUid);
        Assert.Equal(first.Instances.Count, second.Instances.Count);
        for (var i = 0; i < first.Instances.Count; i++)
            Assert.Equal(await TestRequests.BytesAsync(first.Instances[i]), await TestRequests.BytesAsync(second.Instances[i]));
    }

    [Fact]
    public async Task Synthesize_FullSizeCtTwice_SameBytes()
    {
        var request = TestRequests.For("CT", seed: 3, images: 4);
        var synthesizer = new StudySynthesizer();

        var first = synthesizer.Synthesize(request);
        var second = synthesizer.Synthesize(request);

        for (var i = 0; i < first.Instances.Count; i++)
            Assert.Equal(await TestRequests.BytesAsync(first.Instances[i]), await TestRequests.BytesAsync(second.Instances[i]));
    }

    [Theory]
    [MemberData(nameof(Modalities))]
    public void Synthesize_DifferentSeed_DifferentPixelsAndUids(string modality)
    {
        var a = Reduced.Synthesize(TestRequests.For(modality, seed: 1, images: 1));
        var b = Reduced.Synthesize(TestRequests.For(modality, seed: 2, images: 1));

        Assert.NotEqual(TestRequests.Pixels(a.Instances[0]), TestRequests.Pixels(b.Instances[0]));
        Assert.NotEqual(a.StudyInstanceUid, b.StudyInstanceUid);
        Assert.NotEqual(TestRequests.Text(a.Instances[0], "SOPInstanceUID"), TestRequests.Text(b.Instances[0], "SOPInstanceUID"));
    }

    [Fact]
    public void Synthesize_StudyUidGiven_UsesItAndMakesValidDistinctInstanceUids()
    {
        const string worklistUid = "1.2.826.0.1.3680043.10.543.77";
        var study = Reduced.Synthesize(TestRequests.For("MR", images: 3) with { StudyInstanceUid = worklistUid });

        Assert.Equal(worklistUid, study.StudyInstanceUid);
        Assert.All(study.Instances, f => Assert.Equal(worklistUid, TestRequests.Text(f, "StudyInstanceUID")));
        var uids = study.Instances.Select(f => TestRequests.Text(f, "SOPInstanceUID")!).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.All(uids, uid => Assert.True(PacsLab.Dicom.DicomUid.IsValid(uid), uid));
    }

    [Fact]
    public void Synthesize_ChangeOnlyTheSeed_NoUidIsShared()
    {
        var a = Reduced.Synthesize(TestRequests.For("CT", seed: 5, images: 2));
        var b = Reduced.Synthesize(TestRequests.For("CT", seed: 6, images: 2));

        string[] keywords = ["StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID"];
        var uidsA = a.Instances.SelectMany(f => keywords.Select(k => TestRequests.Text(f, k))).ToHashSet();
        Assert.DoesNotContain(b.Instances.SelectMany(f => keywords.Select(k => TestRequests.Text(f, k))), uidsA.Contains);
    }
}
