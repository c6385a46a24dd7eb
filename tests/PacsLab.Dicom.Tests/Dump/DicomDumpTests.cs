using PacsLab.Dicom;

namespace PacsLab.Dicom.Tests.Dump;

public class DicomDumpTests
{
    private static string[] Lines(DicomDataset dataset, DicomDumpOptions? options = null) =>
        DicomDump.Format(dataset, options: options).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static string Line(DicomDataset dataset, DicomDumpOptions? options = null) => Assert.Single(Lines(dataset, options));

    [Fact]
    public void Format_PersonName_ShowsTagVrValueLengthVmAndKeyword()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Doe^John");

        Assert.Equal("(0010,0010) PN [Doe^John]                               #   8, 1 PatientName", Line(dataset));
    }

    [Fact]
    public void Format_OddLengthText_ShowsTrimmedValueAndPaddedLength()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "ABC");

        Assert.Equal("(0010,0020) LO [ABC]                                    #   4, 1 PatientID", Line(dataset));
    }

    [Fact]
    public void Format_MultiValuedText_CountsValues()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x0008), DicomVR.CS, "ORIGINAL", "PRIMARY", "AXIAL");

        Assert.Equal("(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]                 #  22, 3 ImageType", Line(dataset));
    }

    [Fact]
    public void Format_EmptyElement_SaysNoValueAvailableWithZeroVm()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x0050), DicomVR.SH, ReadOnlyMemory<byte>.Empty);

        Assert.Equal("(0008,0050) SH (no value available)                     #   0, 0 AccessionNumber", Line(dataset));
    }

    [Fact]
    public void Format_BinaryNumbers_JoinsValuesWithBackslash()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)512)
            .AddOrUpdate(new DicomTag(0x0028, 0x0106), DicomVR.SS, (short)-2000)
            .AddOrUpdate(new DicomTag(0x0018, 0x9306), DicomVR.FD, 0.625, 2.5)
            .AddOrUpdate(DicomBinary.FromTags(new DicomTag(0x0028, 0x0009), [new DicomTag(0x3004, 0x000C)]));

        Assert.Equal(
        [
            "(0018,9306) FD 0.625\\2.5                                #  16, 2 SingleCollimationWidth",
            "(0028,0009) AT (3004,000c)                              #   4, 1 FrameIncrementPointer",
            "(0028,0010) US 512                                      #   2, 1 Rows",
            "(0028,0106) SS -2000                                    #   2, 1 SmallestImagePixelValue",
        ], Lines(dataset));
    }

    [Fact]
    public void Format_OtherByteAndWord_ShowHexBytesAndWords()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.FileMetaInformationVersion, DicomVR.OB, new byte[] { 0x00, 0x01, 0x02 })
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 0xAF, 0x00, 0x02, 0x01 });

        Assert.Equal(
        [
            "(0002,0001) OB 00\\01\\02                                 #   4, 1 FileMetaInformationVersion",
            "(7fe0,0010) OW 00af\\0102                                #   4, 1 PixelData",
        ], Lines(dataset));
    }

    [Fact]
    public void Format_LongValue_IsCutWithEllipsis()
    {
        var text = new string('x', 100);
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0020, 0x4000), DicomVR.LT, text);

        var line = Line(dataset, new DicomDumpOptions { MaxValueWidth = 20 });

        Assert.Equal("(0020,4000) LT [xxxxxxxxxxxxxxxxxxx...                  # 100, 1 ImageComments", line);
    }

    [Fact]
    public void Format_MaxValueWidthZero_ShowsWholeValue()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[200]);

        var line = Line(dataset, new DicomDumpOptions { MaxValueWidth = 0 });

        Assert.Contains(string.Join('\\', Enumerable.Repeat("00", 200)) + " # 200, 1 PixelData", line);
    }

    [Fact]
    public void Format_LargeBulkValue_FormatsOnlyWhatIsShown()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[10_000_000]);

        var line = Line(dataset);

        Assert.StartsWith("(7fe0,0010) OW 0000\\0000\\", line);
        Assert.EndsWith("... # 10000000, 1 PixelData", line);
    }

    [Fact]
    public void Format_ControlCharactersInText_StayOnOneLine()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0020, 0x4000), DicomVR.LT, "line one\r\nline two");

        Assert.Contains("[line one..line two]", Line(dataset));
    }

    [Fact]
    public void Format_KnownUid_AddsItsKeyword()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.2");

        Assert.Equal("(0008,0016) UI [1.2.840.10008.5.1.4.1.1.2] =CTImageStorage #  26, 1 SOPClassUID", Line(dataset));
    }

    [Fact]
    public void Format_PrivateAndUnknownTags_UseFallbackNames()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0009, 0x0010), DicomVR.LO, "ACME_01")
            .AddOrUpdate(new DicomTag(0x0009, 0x1001), DicomVR.SL, 42)
            .AddOrUpdate(new DicomTag(0x4444, 0x4444), DicomVR.UN, new byte[] { 0x41, 0x42 });

        var lines = Lines(dataset);

        Assert.EndsWith(" PrivateCreator", lines[0]);
        Assert.Equal("(0009,1001) SL 42                                       #   4, 1 PrivateTagData", lines[1]);
        Assert.Equal("(4444,4444) UN 41\\42                                    #   2, 1 Unknown Tag & Data", lines[2]);
    }

    [Fact]
    public void Format_ExplicitLengthSequence_IndentsItemsAndShowsLengths()
    {
        var item = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x1150), DicomVR.UI, "1.2.3");
        var dataset = new DicomDataset().AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1115), item));

        // Item: one element of 8 header bytes + 6 value bytes; sequence: the item's 8-byte header + 14.
        Assert.Equal(
        [
            "(0008,1115) SQ (Sequence with explicit length #=1)      #  22, 1 ReferencedSeriesSequence",
            "  (fffe,e000) na (Item with explicit length #=1)          #  14, 1 Item",
            "    (0008,1150) UI [1.2.3]                                  #   6, 1 ReferencedSOPClassUID",
        ], Lines(dataset));
    }

    [Fact]
    public void Format_UndefinedLengthSequence_ClosesWithDelimitationItems()
    {
        var inner = new DicomDataset { HasUndefinedLength = true }.AddOrUpdate(new DicomTag(0x0008, 0x0100), DicomVR.SH, "T-D1100");
        var innerSequence = new DicomSequence(new DicomTag(0x0008, 0x2218), inner) { HasUndefinedLength = true };
        var item = new DicomDataset { HasUndefinedLength = true }.AddOrUpdate(innerSequence);
        var dataset = new DicomDataset().AddOrUpdate(new DicomSequence(new DicomTag(0x0040, 0x0275), item) { HasUndefinedLength = true });

        Assert.Equal(
        [
            "(0040,0275) SQ (Sequence with undefined length #=1)     # u/l, 1 RequestAttributesSequence",
            "  (fffe,e000) na (Item with undefined length #=1)         # u/l, 1 Item",
            "    (0008,2218) SQ (Sequence with undefined length #=1)     # u/l, 1 AnatomicRegionSequence",
            "      (fffe,e000) na (Item with undefined length #=1)         # u/l, 1 Item",
            "        (0008,0100) SH [T-D1100]                                #   8, 1 CodeValue",
            "      (fffe,e00d) na (ItemDelimitationItem)                   #   0, 0 ItemDelimitationItem",
            "    (fffe,e0dd) na (SequenceDelimitationItem)               #   0, 0 SequenceDelimitationItem",
            "  (fffe,e00d) na (ItemDelimitationItem)                   #   0, 0 ItemDelimitationItem",
            "(fffe,e0dd) na (SequenceDelimitationItem)               #   0, 0 SequenceDelimitationItem",
        ], Lines(dataset));
    }

    [Fact]
    public void Format_ItemsUseTheCharacterSetOfTheDataSet()
    {
        var item = new DicomDataset();
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100")
            .AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1120), item));
        item.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Müller^Jürgen");

        var lines = Lines(dataset);

        Assert.Equal("    (0010,0010) PN [Müller^Jürgen]                          #  14, 1 PatientName", lines[^1]);
    }

    [Fact]
    public void Format_EncapsulatedPixelData_ListsOffsetTableAndFragments()
    {
        var fragments = new DicomFragmentSequence(DicomTags.PixelData, DicomVR.OB, ReadOnlyMemory<byte>.Empty,
            [new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, new byte[] { 0x01, 0x02, 0xFF, 0xD9 }]);
        var dataset = new DicomDataset().AddOrUpdate(fragments);

        Assert.Equal(
        [
            "(7fe0,0010) OB (PixelSequence #=3)                      # u/l, 1 PixelData",
            "  (fffe,e000) pi (no value available)                     #   0, 1 Item",
            "  (fffe,e000) pi ff\\d8\\ff\\e0                              #   4, 1 Item",
            "  (fffe,e000) pi 01\\02\\ff\\d9                              #   4, 1 Item",
            "(fffe,e0dd) na (SequenceDelimitationItem)               #   0, 0 SequenceDelimitationItem",
        ], Lines(dataset));
    }

    [Fact]
    public void Format_File_WritesMetaHeaderAndDataSetHeaderWithTransferSyntax()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3.4")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Doe^John");
        var file = DicomFile.Create(dataset, DicomTransferSyntax.ImplicitVRLittleEndian);

        var lines = DicomDump.Format(file).Split(Environment.NewLine);

        Assert.Equal("# Dicom-File-Format", lines[1]);
        Assert.Equal("# Dicom-Meta-Information-Header", lines[3]);
        Assert.Equal("# Used TransferSyntax: Explicit VR Little Endian (1.2.840.10008.1.2.1)", lines[4]);
        Assert.Contains("(0002,0010) UI [1.2.840.10008.1.2] =ImplicitVRLittleEndian #  18, 1 TransferSyntaxUID", lines);
        var dataSetHeader = Array.IndexOf(lines, "# Dicom-Data-Set");
        Assert.True(dataSetHeader > 4);
        Assert.Equal("# Used TransferSyntax: Implicit VR Little Endian (1.2.840.10008.1.2)", lines[dataSetHeader + 1]);
        Assert.Equal("(0010,0010) PN [Doe^John]                               #   8, 1 PatientName", lines[^2]);
    }

    [Fact]
    public void Format_ImplicitVrSyntax_CountsSequenceLengthsWithShortHeaders()
    {
        var item = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x1150), DicomVR.UI, "1.2.3");
        var dataset = new DicomDataset().AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1115), item));

        var lines = DicomDump.Format(dataset, DicomTransferSyntax.ImplicitVRLittleEndian).Split(Environment.NewLine);

        Assert.Contains("#  22, 1 ReferencedSeriesSequence", lines[0]);
        Assert.Contains("#  14, 1 Item", lines[1]);
    }

    [SkippableFact]
    public async Task Format_PydicomCtSmall_MatchesDcmdumpLines()
    {
        const string path = "/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm";
        Skip.IfNot(File.Exists(path), "pydicom's test files are not installed (Debian package python3-pydicom).");

        var lines = DicomDump.Format(await DicomFile.OpenAsync(path)).Split(Environment.NewLine);

        // As DCMTK 3.6.7's dcmdump prints them, except that it also shows delimiters "for re-encoding".
        Assert.Contains("(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]                 #  22, 3 ImageType", lines);
        Assert.Contains("(0010,1002) SQ (Sequence with explicit length #=2)      #  72, 1 OtherPatientIDsSequence", lines);
        Assert.Contains("  (fffe,e000) na (Item with explicit length #=2)          #  28, 1 Item", lines);
        Assert.Contains("    (0010,0020) LO [ABCD1234]                               #   8, 1 PatientID", lines);
        Assert.Contains("(0043,104e) FL 10.60061                                 #   4, 1 Unknown Tag & Data", lines.Select(l => l.Replace("PrivateTagData", "Unknown Tag & Data", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("(7fe0,0010) OW 00af\\00b4\\00a6\\008f", StringComparison.Ordinal) && l.EndsWith("... # 32768, 1 PixelData", StringComparison.Ordinal));
    }
}
