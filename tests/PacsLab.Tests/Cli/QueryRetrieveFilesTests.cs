using PacsLab.Cli;

namespace PacsLab.Tests.Cli;

public class QueryRetrieveFilesTests
{
    [Theory]
    [InlineData("1.2.840.113619.2.55.3.604688119.969.1268071029.320")]
    [InlineData("2.25.1")]
    public void PathFor_ValidUid_IsTheUidDotDcmInTheFolder(string uid)
    {
        Assert.Equal(Path.Combine("/out", $"{uid}.dcm"), ReceivedInstanceFile.PathFor("/out", uid));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../etc/passwd")]
    [InlineData("1.2/3")]
    [InlineData("/tmp/x")]
    [InlineData("C:\\x")]
    [InlineData("1.2.3 ")]
    public void PathFor_AnythingElse_IsAGeneratedNameInTheFolder(string? uid)
    {
        var path = ReceivedInstanceFile.PathFor("/out", uid);
        Assert.Equal("/out", Path.GetDirectoryName(path));
        Assert.Matches("^unnamed-[0-9a-f]{32}\\.dcm$", Path.GetFileName(path));
    }

    [Fact]
    public void GetStorageClasses_EveryKeywordIsAStorageUidAndTheyFitOneAssociation()
    {
        Assert.Equal(GetStorageClasses.Keywords.Count, GetStorageClasses.Uids.Distinct().Count());
        Assert.Contains("1.2.840.10008.5.1.4.1.1.2", GetStorageClasses.Uids);
        // One context for the C-GET model, one per storage class; an association carries at most 128 (PS3.8 9.3.2.2).
        Assert.True(GetStorageClasses.Uids.Count + 1 <= 128);
    }
}
