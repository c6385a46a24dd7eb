using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Tests.Storage;

public sealed class ArchivePathsTests
{
    [Theory]
    [InlineData("..")]
    [InlineData("../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("1.2.840.10008.1.1")]
    public void For_AnyUid_GivesTwoLevelHashPathWithoutUidText(string uid)
    {
        var path = ArchivePaths.For(uid, new string('a', 64));

        var parts = path.Split(Path.DirectorySeparatorChar);
        Assert.Equal(3, parts.Length);
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
}
