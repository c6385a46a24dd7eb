namespace PacsLab.Dicom.Tests.Model;

public class DicomTagTests
{
    [Theory]
    [InlineData("(0010,0010)")]
    [InlineData("0010,0010")]
    [InlineData("00100010")]
    [InlineData(" (0010, 0010) ")]
    public void Parse_AcceptedForms_GivePatientName(string text) => Assert.Equal(DicomTags.PatientName, DicomTag.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("0010")]
    [InlineData("(001G,0010)")]
    [InlineData("PatientName")]
    public void TryParse_NotATag_ReturnsFalse(string text) => Assert.False(DicomTag.TryParse(text, out _));

    [Fact]
    public void Parse_NotATag_ExplainsTheExpectedForm()
    {
        var ex = Assert.Throws<FormatException>(() => DicomTag.Parse("12345"));
        Assert.Contains("gggg,eeee", ex.Message);
    }

    [Fact]
    public void Ordering_FollowsGroupThenElement()
    {
        var tags = new[] { new DicomTag(0x0010, 0x0020), new DicomTag(0x0008, 0xFFFF), new DicomTag(0x0010, 0x0010) };
        Assert.Equal([new DicomTag(0x0008, 0xFFFF), new DicomTag(0x0010, 0x0010), new DicomTag(0x0010, 0x0020)], tags.Order());
    }

    [Fact]
    public void PrivateTags_KnowTheirCreatorElement()
    {
        var tag = new DicomTag(0x0029, 0x1310);
        Assert.True(tag.IsPrivate);
        Assert.False(tag.IsPrivateCreator);
        Assert.Equal(new DicomTag(0x0029, 0x0013), tag.PrivateCreatorTag);
        Assert.True(new DicomTag(0x0029, 0x0013).IsPrivateCreator);
        Assert.False(new DicomTag(0x0008, 0x0010).IsPrivate);
        Assert.False(new DicomTag(0xFFFF, 0x0010).IsPrivate);
    }

    [Fact]
    public void ToString_IsUppercaseHexInParentheses() => Assert.Equal("(7FE0,0010)", DicomTags.PixelData.ToString());
}
