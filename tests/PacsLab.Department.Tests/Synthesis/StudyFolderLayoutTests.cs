using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Tests.Synthesis;

public class StudyFolderLayoutTests
{
    [Theory]
    [InlineData("O'BRIEN^SEAN", "OBRIEN_SEAN")]
    [InlineData("ŁUKASIEWICZ^ZOFIA", "LUKASIEWICZ_ZOFIA")]
    [InlineData("GARCÍA LÓPEZ^MARÍA", "GARCIA_LOPEZ_MARIA")]
    [InlineData("../../etc/passwd", "ETC_PASSWD")]
    [InlineData("^^^", "UNNAMED")]
    [InlineData("SMITH-JONES^olivia", "SMITH-JONES_OLIVIA")]
    public void Segment_KeepsOnlySafeUpperCaseCharacters(string text, string expected)
    {
        Assert.Equal(expected, StudyFolderLayout.Segment(text));
    }

    [Fact]
    public void RelativePath_IsPatientStudySeriesInstance()
    {
        var study = new StudySynthesizer(new SynthesisOptions { MatrixDivisor = 8 }).Synthesize(TestRequests.For("MR", images: 2));

        var paths = study.Instances.Select(f => StudyFolderLayout.RelativePath(f.Dataset)).ToList();

        Assert.Equal(
        [
            Path.Combine("PL100003_OBRIEN_SEAN_PATRICK", "20250304_A20001_MR", "001_AX_T1_SE", "0001.dcm"),
            Path.Combine("PL100003_OBRIEN_SEAN_PATRICK", "20250304_A20001_MR", "001_AX_T1_SE", "0002.dcm"),
            Path.Combine("PL100003_OBRIEN_SEAN_PATRICK", "20250304_A20001_MR", "002_AX_T2_TSE", "0001.dcm"),
            Path.Combine("PL100003_OBRIEN_SEAN_PATRICK", "20250304_A20001_MR", "002_AX_T2_TSE", "0002.dcm"),
        ], paths);
    }
}
