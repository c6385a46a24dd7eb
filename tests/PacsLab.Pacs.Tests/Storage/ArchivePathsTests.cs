using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Tests.Storage;

public sealed class ArchivePathsTests
{
    [Theory]
    [InlineData("..")]
    [InlineData("../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("1.2.840.10008.1.1")]
    public void For_AnyUid_GivesOneLevelHashPathWithoutUidText(string uid)
    {
        var path = ArchivePaths.For(uid, new string('a', 64));

        var parts = path.Split(Path.DirectorySeparatorChar);
        Assert.Equal(2, parts.Length);
        Assert.All(parts, p => Assert.Matches("^[0-9a-f.-]+(dcm)?$", p));
        Assert.DoesNotContain("..", path);
        Assert.False(Path.IsPathRooted(path));
        if (uid.Length > 3) Assert.DoesNotContain(uid, path);
    }

    [Fact]
    public void For_SameUidOtherContent_GivesOtherFileInSameFolder()
    {
        var a = ArchivePaths.For("1.2.3", new string('a', 64));
        var b = ArchivePaths.For("1.2.3", new string('b', 64));

        Assert.NotEqual(a, b);
        Assert.Equal(Path.GetDirectoryName(a), Path.GetDirectoryName(b));
    }

    [Theory]
    [InlineData("ab/0123456789abcdef0123456789abcdef01234567-0123456789abcdef.dcm", true)]
    [InlineData("ab/cd/0123456789abcdef0123456789abcdef01234567-0123456789abcdef.dcm", true)]
    [InlineData("../0123456789abcdef0123456789abcdef01234567-0123456789abcdef.dcm", false)]
    [InlineData("ab/cd/ef/0123456789abcdef0123456789abcdef01234567-0123456789abcdef.dcm", false)]
    [InlineData("/etc/passwd", false)]
    public void IsArchivePath_TodaysAndEarlierShapes_AcceptedAndNothingElse(string path, bool expected) =>
        Assert.Equal(expected, ArchivePaths.IsArchivePath(path));
}
