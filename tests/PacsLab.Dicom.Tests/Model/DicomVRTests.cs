namespace PacsLab.Dicom.Tests.Model;

public class DicomVRTests
{
    [Fact]
    public void All_HasThe34VRsOfPS35()
    {
        Assert.Equal(34, DicomVR.All.Count);
        Assert.Equal(34, DicomVR.All.Select(v => v.Code).Distinct().Count());
        foreach (var vr in DicomVR.All) Assert.Same(vr, DicomVR.FromCode(vr.Code));
    }

    [Theory]
    [InlineData("OB")]
    [InlineData("OD")]
    [InlineData("OF")]
    [InlineData("OL")]
    [InlineData("OV")]
    [InlineData("OW")]
    [InlineData("SQ")]
    [InlineData("SV")]
    [InlineData("UC")]
    [InlineData("UN")]
    [InlineData("UR")]
    [InlineData("UT")]
    [InlineData("UV")]
    public void LongLengthField_OnlyForThePS35Table7_1_2VRs(string code) => Assert.True(DicomVR.Parse(code).HasLongLength);

    [Fact]
    public void ShortLengthField_ForTheRest() =>
        Assert.Equal(21, DicomVR.All.Count(v => !v.HasLongLength));

    [Fact]
    public void Padding_NulForUIAndBinary_SpaceForText()
    {
        Assert.Equal(0x00, DicomVR.UI.PaddingByte);
        Assert.Equal(0x00, DicomVR.OB.PaddingByte);
        Assert.Equal(0x20, DicomVR.LO.PaddingByte);
        Assert.Equal(0x20, DicomVR.PN.PaddingByte);
    }

    [Fact]
    public void MaxLengths_MatchTable6_2_1()
    {
        Assert.Equal(16, DicomVR.AE.MaxLength);
        Assert.Equal(64, DicomVR.LO.MaxLength);
        Assert.True(DicomVR.LO.MaxLengthInCharacters);
        Assert.Equal(64, DicomVR.UI.MaxLength);
        Assert.Equal(10240, DicomVR.LT.MaxLength);
        Assert.Equal(12, DicomVR.IS.MaxLength);
        Assert.Equal(16, DicomVR.DS.MaxLength);
    }

    [Fact]
    public void CharacterSet_AppliesOnlyToSixteenBitTextVRs() =>
        Assert.Equal(["LO", "LT", "PN", "SH", "ST", "UC", "UT"], DicomVR.All.Where(v => v.UsesSpecificCharacterSet).Select(v => v.Code).Order());

    [Fact]
    public void UndefinedLength_OnlyForSQ_UN_OB_OW() =>
        Assert.Equal(["OB", "OW", "SQ", "UN"], DicomVR.All.Where(v => v.MayHaveUndefinedLength).Select(v => v.Code).Order());

    [Fact]
    public void Parse_Unknown_ExplainsIt() => Assert.Contains("34", Assert.Throws<FormatException>(() => DicomVR.Parse("XX")).Message);
}
