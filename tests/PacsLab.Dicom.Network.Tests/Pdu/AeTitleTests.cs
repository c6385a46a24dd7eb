using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AeTitleTests
{
    private static AAssociateRq Rq(string called, string calling) =>
        new(called, calling, [new PresentationContextProposal(1, PduHexBuilder.Verification, [PduHexBuilder.ImplicitLittleEndian])], new UserInformation());

    [Fact]
    public void Encode_ShortAeTitles_ArePaddedWithSpacesTo16()
    {
        var bytes = PduCodec.Encode(Rq("PACS", "CT"));
        Assert.Equal("PACS            ", System.Text.Encoding.ASCII.GetString(bytes, 10, 16));
        Assert.Equal("CT              ", System.Text.Encoding.ASCII.GetString(bytes, 26, 16));
    }

    [Fact]
    public void Encode_AeTitleWithSurroundingSpaces_WritesItLeftAligned() =>
        Assert.Equal("PACS            ", System.Text.Encoding.ASCII.GetString(PduCodec.Encode(Rq(" PACS ", "CT")), 10, 16));

    [Fact]
    public void Encode_SixteenCharacterAeTitle_FillsTheField() =>
        Assert.Equal("ABCDEFGHIJKLMNOP", System.Text.Encoding.ASCII.GetString(PduCodec.Encode(Rq("ABCDEFGHIJKLMNOP", "CT")), 10, 16));

    [Theory]
    [InlineData("ABCDEFGHIJKLMNOPQ", "17 characters")]
    [InlineData("   ", "empty or only spaces")]
    [InlineData("PACS\\1", "backslash")]
    [InlineData("PACSÄ", "outside the DICOM default repertoire")]
    public void Encode_InvalidCallingAeTitle_ThrowsArgumentException(string title, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => PduCodec.Encode(Rq("PACS", title)));
        Assert.Contains("calling AE title", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void AreEqual_IgnoresLeadingAndTrailingSpaces()
    {
        Assert.True(AeTitle.AreEqual(" PACSLAB  ", "PACSLAB"));
        Assert.False(AeTitle.AreEqual("PACSLAB", "pacslab"));
    }

    [Fact]
    public void Encode_Uids_AreNotPadded()
    {
        // 1.2.840.10008.1.1 is 17 characters: written as 17 bytes, no NUL to make it even (PS3.8 9.3.2.2.1).
        var hex = Convert.ToHexString(PduCodec.Encode(Rq("PACS", "CT")));
        Assert.Contains("30000011" + PduHexBuilder.Ascii(PduHexBuilder.Verification) + "40", hex);
    }
}
