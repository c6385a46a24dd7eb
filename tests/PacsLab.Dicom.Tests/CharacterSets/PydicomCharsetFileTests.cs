using static PacsLab.Dicom.Tests.CharacterSets.CharsetTestData;

namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>
/// Golden values from pydicom's charset test files (pydicom/data/charset_files, read with pydicom 2.3.1): the
/// (0008,0005) values in force, the raw bytes of every text element that is not plain ASCII, pydicom's decoded
/// string and the bytes pydicom's encoder writes for that string. Regenerate with /usr/bin/python3 and pydicom:
/// dcmread, then get_item(tag).value for the raw bytes and ds.decode() for the string.
/// </summary>
public class PydicomCharsetFileTests
{
    public static TheoryData<GoldenElement> Elements => new(Rows.Select(r => new GoldenElement(r[0], r[1], DicomVR.Parse(r[2]), r[3], r[4], r[5])));

    private static readonly string[][] Rows =
    [
        // file and element, (0008,0005), VR, raw bytes, pydicom's decoded value, pydicom's encoding of it
        ["chrArab (0010,0010)", "ISO_IR 127", "PN", "E2C8C7E6EA5EE4E6D2C7D120", "قباني^لنزار", "E2C8C7E6EA5EE4E6D2C7D1"],
        ["chrFren (0010,0010)", "ISO_IR 100", "PN", "4275635E4AE972F46D65", "Buc^Jérôme", "4275635E4AE972F46D65"],
        ["chrFrenMulti (0010,1001)", "ISO_IR 100", "PN", "4275635E4AE972F46D655C4275635E4AE972F46D6520", "Buc^Jérôme\\Buc^Jérôme", "4275635E4AE972F46D655C4275635E4AE972F46D65"],
        ["chrGerm (0010,0010)", "ISO_IR 100", "PN", "C46E6561735E52FC646967657220", "Äneas^Rüdiger", "C46E6561735E52FC6469676572"],
        ["chrGreek (0010,0010)", "ISO_IR 126", "PN", "C4E9EFEDF5F3E9EFF220", "Διονυσιος", "C4E9EFEDF5F3E9EFF2"],
        ["chrH31 (0010,0010)", "\\ISO 2022 IR 87", "PN",
            "59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842",
            "Yamada^Tarou=山田^太郎=やまだ^たろう",
            "59616D6164615E5461726F753D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842"],
        ["chrH32 (0010,0010)", "ISO 2022 IR 13\\ISO 2022 IR 87", "PN",
            "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A",
            "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
            "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A"],
        ["chrHbrw (0010,0010)", "ISO_IR 138", "PN", "F9F8E5EF5EE3E1E5F8E4", "שרון^דבורה", "F9F8E5EF5EE3E1E5F8E4"],
        ["chrI2 (0010,0010)", "\\ISO 2022 IR 149", "PN",
            "486F6E675E47696C646F6E673D1B242943FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF",
            "Hong^Gildong=洪^吉洞=홍^길동",
            "486F6E675E47696C646F6E673D1B242943FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF"],
        ["chrJapMulti (0010,0010)", "\\ISO 2022 IR 87", "PN",
            "1B24422464245E24401B28425E1B2442243F246D24261B284220", "やまだ^たろう",
            "1B24422464245E24401B28425E1B2442243F246D24261B2842"],
        ["chrJapMulti (0010,1001)", "\\ISO 2022 IR 87", "PN",
            "1B24422464245E24401B28425E1B2442243F246D24261B28425C1B24422464245E24401B28425E1B2442243F246D24261B284220",
            "やまだ^たろう\\やまだ^たろう",
            "1B24422464245E24401B28425E1B2442243F246D24261B28425C1B24422464245E24401B28425E1B2442243F246D24261B2842"],
        ["chrJapMulti (0010,21B0)", "\\ISO 2022 IR 87", "LT", "1B2442243F246D24261B2842", "たろう", "1B2442243F246D24261B2842"],
        ["chrJapMultiExplicitIR6 (0010,0010)", "ISO 2022 IR 6\\ISO 2022 IR 87", "PN",
            "1B24422464245E24401B28425E1B2442243F246D24261B284220", "やまだ^たろう",
            "1B24422464245E24401B28425E1B2442243F246D24261B2842"],
        ["chrJapMultiExplicitIR6 (0010,1001)", "ISO 2022 IR 6\\ISO 2022 IR 87", "PN",
            "1B24422464245E24401B28425E1B2442243F246D24261B28425C1B24422464245E24401B28425E1B2442243F246D24261B284220",
            "やまだ^たろう\\やまだ^たろう",
            "1B24422464245E24401B28425E1B2442243F246D24261B28425C1B24422464245E24401B28425E1B2442243F246D24261B2842"],
        ["chrJapMultiExplicitIR6 (0010,21B0)", "ISO 2022 IR 6\\ISO 2022 IR 87", "LT", "1B2442243F246D24261B2842", "たろう", "1B2442243F246D24261B2842"],
        // The file ends with a redundant ESC ( B (G0 never left ASCII); pydicom and PacsLab do not write it.
        ["chrKoreanMulti (0010,0010)", "\\ISO 2022 IR 149", "PN", "1B242943B1E8C8F1C1DF1B284220", "김희중", "1B242943B1E8C8F1C1DF"],
        ["chrKoreanMulti (0010,1001)", "\\ISO 2022 IR 149", "PN",
            "1B242943B1E8C8F1C1DF1B28425C1B242943B1E8C8F1C1DF1B284220", "김희중\\김희중",
            "1B242943B1E8C8F1C1DF5C1B242943B1E8C8F1C1DF"],
        ["chrKoreanMulti (0010,21B0)", "\\ISO 2022 IR 149", "LT", "1B242943B1E8C8F1C1DF1B284220", "김희중", "1B242943B1E8C8F1C1DF"],
        ["chrRuss (0010,0010)", "ISO_IR 144", "PN", "BBEEDA6365DCD17970D3", "Люкceмбypг", "BBEEDA6365DCD17970D3"],
        // The sequence item returns G0 with ESC ( B although value 1 is ISO 2022 IR 13, whose G0 is JIS X 0201
        // Romaji (ESC ( J); both read the same, and encoders write ESC ( J.
        ["chrSQEncoding (0032,1064)[0]/(0010,0010)", "ISO 2022 IR 13\\ISO 2022 IR 87", "PN",
            "D4CFC0DE5EC0DBB33D1B24423B3345441B28425E1B244242404F3A1B28423D1B24422464245E24401B28425E1B2442243F246D24261B2842",
            "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう",
            "D4CFC0DE5EC0DBB33D1B24423B3345441B284A5E1B244242404F3A1B284A3D1B24422464245E24401B284A5E1B2442243F246D24261B284A"],
        // Both files end the name with an empty component group, which pydicom drops.
        ["chrX1 (0010,0010)", "ISO_IR 192", "PN", "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB13D20", "Wang^XiaoDong=王^小東",
            "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB1"],
        ["chrX2 (0010,0010)", "GB18030", "PN", "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D", "Wang^XiaoDong=王^小东",
            "57616E675E5869616F446F6E673DCDF55ED0A1B6AB"],
    ];

    [Theory]
    [MemberData(nameof(Elements))]
    public void Decode_PydicomCharsetFile_MatchesPydicom(GoldenElement golden)
    {
        var set = Set(golden.Terms);

        var decoded = set.Decode(Hex(golden.Raw), golden.VR);

        Assert.Equal(golden.Decoded, AsPydicomShowsIt(decoded, golden.VR));
        Assert.Empty(set.Warnings);
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void Encode_PydicomCharsetFile_WritesWhatPydicomWrites(GoldenElement golden)
    {
        var set = Set(golden.Terms);

        var bytes = set.Encode(golden.Decoded, golden.VR);

        Assert.Equal(golden.Encoded, Convert.ToHexString(bytes));
        Assert.Empty(set.Warnings);
    }

    [Theory]
    [MemberData(nameof(Elements))]
    public void Encode_PydicomCharsetFile_ReadsBackToTheSameText(GoldenElement golden)
    {
        var set = Set(golden.Terms);

        var roundTrip = set.Decode(set.Encode(golden.Decoded, golden.VR), golden.VR);

        Assert.Equal(golden.Decoded, roundTrip);
    }

    /// <param name="Element">File and element, e.g. "chrH31 (0010,0010)".</param>
    /// <param name="Terms">(0008,0005) in force, values joined with '\'.</param>
    /// <param name="Raw">The value bytes in the file, padding included.</param>
    /// <param name="Decoded">pydicom's decoded value.</param>
    /// <param name="Encoded">The bytes pydicom's encoder writes for <paramref name="Decoded"/>.</param>
    public sealed record GoldenElement(string Element, string Terms, DicomVR VR, string Raw, string Decoded, string Encoded)
    {
        public override string ToString() => Element;
    }
}
