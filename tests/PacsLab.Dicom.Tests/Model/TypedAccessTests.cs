namespace PacsLab.Dicom.Tests.Model;

public class TypedAccessTests
{
    [Fact]
    public void GetStrings_SplitsOnBackslashAndTrimsPadding()
    {
        var ds = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x0008), DicomVR.CS, "ORIGINAL", " PRIMARY ", "AXIAL ");
        Assert.Equal(["ORIGINAL", "PRIMARY", "AXIAL"], ds.GetStrings(new DicomTag(0x0008, 0x0008)));
        Assert.Equal("ORIGINAL\\PRIMARY\\AXIAL", ds.GetString(new DicomTag(0x0008, 0x0008)));
    }

    [Fact]
    public void GetStrings_SingleValuedTextKeepsBackslashes()
    {
        var ds = new DicomDataset().AddOrUpdate(new DicomTag(0x0010, 0x4000), DicomVR.LT, @"C:\images\a  ");
        Assert.Equal([@"C:\images\a"], ds.GetStrings(new DicomTag(0x0010, 0x4000)));
    }

    [Fact]
    public void GetString_UidWithNulPadding_IsTrimmed()
    {
        var ds = new DicomDataset().AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3\0"u8.ToArray());
        Assert.Equal("1.2.3", ds.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public void GetNumber_ParsesISAndDSAndReadsBinary()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, " 42 ")
            .AddOrUpdate(new DicomTag(0x0028, 0x0030), DicomVR.DS, "0.5", "1e-1")
            .AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)512)
            .AddOrUpdate(new DicomTag(0x0028, 0x1052), DicomVR.DS, "-1024");
        Assert.Equal(42, ds.GetNumber<int>(new DicomTag(0x0020, 0x0013)));
        Assert.Equal([0.5, 0.1], ds.GetNumbers<double>(new DicomTag(0x0028, 0x0030)));
        Assert.Equal(512, ds.GetNumber<int>(new DicomTag(0x0028, 0x0010)));
        Assert.Equal(-1024m, ds.GetNumber<decimal>(new DicomTag(0x0028, 0x1052)));
    }

    [Fact]
    public void GetNumber_NotANumber_ThrowsFormatExceptionAndTryGetReturnsFalse()
    {
        var ds = new DicomDataset().AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, "seven");
        Assert.Throws<FormatException>(() => ds.GetNumber<int>(new DicomTag(0x0020, 0x0013)));
        Assert.False(ds.TryGetNumber<int>(new DicomTag(0x0020, 0x0013), out _));
        Assert.False(ds.TryGetNumber<int>(new DicomTag(0x0020, 0x0099), out _));
    }

    [Fact]
    public void AddOrUpdate_ByteArray_IsRawBytesNotOneValuePerByte()
    {
        var ds = new DicomDataset().AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 1, 0, 2, 0 });
        Assert.Equal(4, Assert.IsType<DicomElement>(ds[DicomTags.PixelData]).Length);
        Assert.Equal([1, 2], ds.GetNumbers<int>(DicomTags.PixelData));
    }

    [Fact]
    public void Dates_Times_AndDateTimes_BecomeDotNetValues()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "20251124")
            .AddOrUpdate(new DicomTag(0x0008, 0x0030), DicomVR.TM, "093015.123")
            .AddOrUpdate(new DicomTag(0x0008, 0x002A), DicomVR.DT, "20251124093015.5-0500")
            .AddOrUpdate(new DicomTag(0x0008, 0x0021), DicomVR.DA, "20250230");
        Assert.Equal(new DateOnly(2025, 11, 24), ds.GetDate(DicomTags.StudyDate));
        Assert.Equal(new TimeOnly(9, 30, 15, 123), ds.GetTime(new DicomTag(0x0008, 0x0030)));
        var dt = ds.GetDateTime(new DicomTag(0x0008, 0x002A))!.Value;
        Assert.Equal(new DateTime(2025, 11, 24, 9, 30, 15, 500), dt.DateTime);
        Assert.Equal(TimeSpan.FromHours(-5), dt.Offset);
        Assert.Null(ds.GetDate(new DicomTag(0x0008, 0x0021)));
    }

    [Theory]
    [InlineData("1230", 12, 30, 0)]
    [InlineData("12", 12, 0, 0)]
    [InlineData("12:30:45", 12, 30, 45)]
    [InlineData("235960", 23, 59, 59)]
    public void ParseTime_AcceptsEveryPrecision(string text, int h, int m, int s)
    {
        Assert.True(DicomDateTimeParser.TryParseTime(text, out var t));
        Assert.Equal((h, m, s), (t.Hour, t.Minute, t.Second));
    }

    [Theory]
    [InlineData("2500")]
    [InlineData("1261")]
    [InlineData("12a0")]
    public void ParseTime_RejectsNonsense(string text) => Assert.False(DicomDateTimeParser.TryParseTime(text, out _));

    [Fact]
    public void ParseDate_AcceptsTheOldDottedForm()
    {
        Assert.True(DicomDateTimeParser.TryParseDate("1999.12.31", out var d));
        Assert.Equal(new DateOnly(1999, 12, 31), d);
    }

    [Fact]
    public void PersonName_SplitsGroupsAndComponents()
    {
        var pn = DicomPersonName.Parse("Yamada^Tarou=山田^太郎=やまだ^たろう");
        Assert.Equal("Yamada", pn.Alphabetic.FamilyName);
        Assert.Equal("太郎", pn.Ideographic.GivenName);
        Assert.Equal("やまだ", pn.Phonetic.FamilyName);
        Assert.Equal("Yamada^Tarou=山田^太郎=やまだ^たろう", pn.ToString());
        var simple = DicomPersonName.Parse("Doe^John^A^Dr^Jr");
        Assert.Equal(("Doe", "John", "A", "Dr", "Jr"), (simple.Alphabetic.FamilyName, simple.Alphabetic.GivenName, simple.Alphabetic.MiddleName, simple.Alphabetic.Prefix, simple.Alphabetic.Suffix));
        Assert.Equal("Doe", DicomPersonName.Parse("Doe^^^^").ToString());
    }

    [Fact]
    public void AttributeTags_ReadAsTags()
    {
        var ds = new DicomDataset().AddOrUpdate(DicomBinary.FromTags(new DicomTag(0x0020, 0x5000), [DicomTags.PatientID]));
        Assert.Equal([DicomTags.PatientID], ds.GetTags(new DicomTag(0x0020, 0x5000)));
        Assert.Equal("(0010,0020)", ds.GetString(new DicomTag(0x0020, 0x5000)));
    }

    [Fact]
    public void DecimalString_FormatsWithinSixteenCharacters()
    {
        Assert.Equal("0.1", DicomDecimalString.Format(0.1));
        Assert.True(DicomDecimalString.Format(Math.PI).Length <= 16);
        Assert.True(DicomDecimalString.Format(-1.234567890123456e-300).Length <= 16);
        Assert.Equal(Math.PI, double.Parse(DicomDecimalString.Format(Math.PI), System.Globalization.CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public void Dataset_KeepsTagOrderWhateverTheInsertionOrder()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "2")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "A^B");
        Assert.Equal([DicomTags.SOPInstanceUID, DicomTags.PatientName, DicomTags.PatientID], ds.Select(i => i.Tag));
        Assert.Throws<ArgumentException>(() => ds.Add(new DicomElement(DicomTags.PatientID, DicomVR.LO, new byte[2])));
        Assert.True(ds.Remove(DicomTags.PatientID));
        Assert.False(ds.Contains(DicomTags.PatientID));
    }

    [Fact]
    public void SequenceItems_InheritTheCharacterSetOfTheirParent()
    {
        var item = new DicomDataset();
        var ds = new DicomDataset().AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        ds.AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1110), item));
        item.AddOrUpdate(new DicomTag(0x0008, 0x0080), DicomVR.LO, "Klinikum Köln");
        Assert.Same(ds, item.Parent);
        Assert.Contains("ISO_IR 192", item.CharacterSet.Terms);
        Assert.Equal("Klinikum Köln"u8.ToArray(), Assert.IsType<DicomElement>(item[new DicomTag(0x0008, 0x0080)]).Value.ToArray());
    }

    [Fact]
    public void PrivateTags_FindAndReserveCreatorBlocks()
    {
        var ds = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0029, 0x0010), DicomVR.LO, "SIEMENS CSA HEADER")
            .AddOrUpdate(new DicomTag(0x0029, 0x1010), DicomVR.OB, new byte[] { 1, 2 });
        Assert.Equal(new DicomTag(0x0029, 0x1010), ds.FindPrivateTag(0x0029, "SIEMENS CSA HEADER", 0x10));
        Assert.Null(ds.FindPrivateTag(0x0029, "PACSLAB", 0x01));
        var reserved = ds.ReservePrivateTag(0x0029, "PACSLAB", 0x01);
        Assert.Equal(new DicomTag(0x0029, 0x1101), reserved);
        Assert.Equal("PACSLAB", ds.GetString(new DicomTag(0x0029, 0x0011)));
        Assert.Equal("SIEMENS CSA HEADER", ds.GetPrivateCreator(new DicomTag(0x0029, 0x1010)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ds.ReservePrivateTag(0x0010, "X", 1));
    }

    [Fact]
    public void Clone_CopiesSequencesDeeply()
    {
        var item = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x1150), DicomVR.UI, "1.2");
        var ds = new DicomDataset().AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1140), item));
        var copy = ds.Clone();
        var copiedItem = Assert.IsType<DicomSequence>(copy[new DicomTag(0x0008, 0x1140)]).Items[0];
        copiedItem.AddOrUpdate(new DicomTag(0x0008, 0x1155), DicomVR.UI, "3.4");
        Assert.False(item.Contains(new DicomTag(0x0008, 0x1155)));
        Assert.Same(copy, copiedItem.Parent);
    }
}
