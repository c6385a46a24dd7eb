namespace PacsLab.Dicom.Tests.Dictionary;

public class DicomDictionaryUidTests
{
    [Fact]
    public void TryGetUid_JpegBaseline_IsATransferSyntax()
    {
        Assert.True(DicomDictionary.TryGetUid("1.2.840.10008.1.2.4.50", out var entry));
        Assert.Equal("JPEGBaseline8Bit", entry.Keyword);
        Assert.Equal("JPEG Baseline (Process 1)", entry.Name);
        Assert.Equal("Transfer Syntax", entry.Type);
        Assert.False(entry.IsRetired);
    }

    [Fact]
    public void TryGetUid_CTImageStorage_IsASopClass()
    {
        Assert.True(DicomDictionary.TryGetUid("1.2.840.10008.5.1.4.1.1.2", out var entry));
        Assert.Equal("CTImageStorage", entry.Keyword);
        Assert.Equal("CT Image Storage", entry.Name);
        Assert.Equal("SOP Class", entry.Type);
    }

    [Fact]
    public void TryGetUid_PaddedValue_IgnoresTrailingNul()
    {
        Assert.True(DicomDictionary.TryGetUid("1.2.840.10008.1.2\0", out var entry));
        Assert.Equal("ImplicitVRLittleEndian", entry.Keyword);
    }

    [Fact]
    public void TryGetUid_RetiredTransferSyntax_IsFlagged()
    {
        Assert.True(DicomDictionary.TryGetUid("1.2.840.10008.1.2.2", out var entry));
        Assert.Equal("ExplicitVRBigEndian", entry.Keyword);
        Assert.True(entry.IsRetired);
    }

    [Fact]
    public void TryGetUid_Unregistered_ReturnsFalse()
    {
        Assert.False(DicomDictionary.TryGetUid("1.2.3.4", out _));
    }

    [Fact]
    public void TryGetUidByKeyword_CTImageStorage_ReturnsItsUid()
    {
        Assert.True(DicomDictionary.TryGetUidByKeyword("CTImageStorage", out var entry));
        Assert.Equal("1.2.840.10008.5.1.4.1.1.2", entry.Uid);
        Assert.False(DicomDictionary.TryGetUidByKeyword("ctimagestorage", out _));
    }

    [Fact]
    public void Uids_HoldTheRegistry()
    {
        Assert.True(DicomDictionary.Uids.Count > 400, $"only {DicomDictionary.Uids.Count} UIDs");
        Assert.Contains(DicomDictionary.Uids, u => u.Uid == "1.2.840.10008.1.1" && u.Keyword == "Verification");
    }
}
