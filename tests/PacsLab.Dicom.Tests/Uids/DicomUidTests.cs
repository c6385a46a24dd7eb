namespace PacsLab.Dicom.Tests.Uids;

public class DicomUidTests
{
    [Theory]
    [InlineData("1.2.840.10008.1.2.1")]
    [InlineData("1.2.840.10008.5.1.4.1.1.2")]
    [InlineData("2.25.0")]
    [InlineData("1.0.3")]
    [InlineData("1.2.840.10008.5.1.4.1.1.2.1234567890.1234567890.1234567890123456")] // 64 characters
    public void IsValid_ConformingUid_ReturnsTrue(string uid)
    {
        Assert.True(DicomUid.IsValid(uid));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.840.10008.01")]      // leading zero in a component
    [InlineData("1.2..3")]                // empty component
    [InlineData(".1.2")]
    [InlineData("1.2.")]
    [InlineData("1.2.3a")]                // a letter
    [InlineData("1.2.3 ")]                // space padding instead of NUL
    [InlineData("1.2.840.10008.5.1.4.1.1.2.1234567890.1234567890.12345678901234567")] // 65 characters
    public void IsValid_NonConformingUid_ReturnsFalse(string uid)
    {
        Assert.False(DicomUid.IsValid(uid));
    }

    [Fact]
    public void IsValid_Null_ReturnsFalse()
    {
        Assert.False(DicomUid.IsValid(null));
    }
}
