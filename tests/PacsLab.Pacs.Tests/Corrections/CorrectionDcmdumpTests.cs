using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Tests.Support;
using PacsLab.TestKit;

namespace PacsLab.Pacs.Tests.Corrections;

/// <summary>
/// Rewritten files read by DCMTK's dcmdump, in each native transfer syntax the files arrived in: the peer must read
/// them without a complaint and see the corrected values. Skips when dcmdump is missing (fails with PACSLAB_INTEROP=required).
/// </summary>
public sealed class CorrectionDcmdumpTests
{
    private const string Study = "1.2.826.0.1.3680043.10.10.1";

    public static TheoryData<string> Syntaxes => new()
    {
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRBigEndian.Uid,
    };

    [SkippableTheory]
    [MemberData(nameof(Syntaxes))]
    public async Task Reassign_RewrittenFiles_DcmdumpReadsTheNewPatient(string syntaxUid)
    {
        var dcmdump = Interop.RequirePeer("dcmdump", "dcmtk");
        await using var bed = await CorrectionBed.CreateAsync();
        var syntax = DicomTransferSyntax.FromUid(syntaxUid);
        for (var i = 1; i <= 2; i++)
        {
            var staged = await bed.Bed.StageAsync(new TestInstance { StudyUid = Study, SeriesUid = $"{Study}.1", SopUid = $"{Study}.1.{i}" }, syntax: syntax);
            Assert.True((await bed.Bed.Store.StoreAsync(staged, CancellationToken.None)).Status.IsSuccess);
        }

        await bed.Service.ReassignStudyAsync(Study, PatientTarget.New(new PatientDemographics("PID777", "MÜLLER^HANS", "19851224", "M")), CorrectionBed.Actor);

        var study = await bed.StudyAsync(Study);
        foreach (var instance in study.Series.SelectMany(s => s.Instances))
        {
            var path = bed.Bed.Archive.FullPath(instance.FilePath);
            var result = await PeerProcess.RunAsync(dcmdump, ["+U8", path]);
            Assert.True(result.Succeeded && result.StandardError.Length == 0, $"dcmdump complained about the rewritten file:\n{result.Describe()}");
            Assert.Contains("(0010,0020) LO [PID777]", result.StandardOutput);
            Assert.Contains("(0010,0010) PN [MÜLLER^HANS]", result.StandardOutput);
            Assert.Contains("(0010,0030) DA [19851224]", result.StandardOutput);
            Assert.Contains($"(0008,0018) UI [{instance.SopInstanceUid}]", result.StandardOutput);
            Assert.Contains($"(0020,000d) UI [{Study}]", result.StandardOutput);
            Assert.Contains("(7fe0,0010) OW", result.StandardOutput);
        }
    }

    [SkippableFact]
    public async Task Split_RewrittenFiles_DcmdumpSeesTheNewStudyInstanceUid()
    {
        var dcmdump = Interop.RequirePeer("dcmdump", "dcmtk");
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1), ("SR", 2));

        var split = await bed.Service.SplitSeriesAsync(Study, [CorrectionBed.SeriesUid(Study, 2)], PatientTarget.Existing("PID1"), CorrectionBed.Actor,
            newStudyAttributes: new StudyEdit { AccessionNumber = "ACC002" });

        var created = await bed.StudyAsync(split.NewStudyInstanceUid);
        foreach (var instance in created.Series.SelectMany(s => s.Instances))
        {
            var result = await PeerProcess.RunAsync(dcmdump, [bed.Bed.Archive.FullPath(instance.FilePath)]);
            Assert.True(result.Succeeded && result.StandardError.Length == 0, result.Describe());
            Assert.Contains($"(0020,000d) UI [{split.NewStudyInstanceUid}]", result.StandardOutput);
            Assert.Contains($"(0020,000e) UI [{CorrectionBed.SeriesUid(Study, 2)}]", result.StandardOutput);
            Assert.Contains("(0008,0050) SH [ACC002]", result.StandardOutput);
            Assert.Contains($"(0002,0003) UI [{instance.SopInstanceUid}]", result.StandardOutput);
        }
    }
}
