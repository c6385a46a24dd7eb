using PacsLab.Dicom;

namespace PacsLab.Interop.Tests;

/// <summary>
/// A data set that exercises the codec: text of every string VR, binary numbers of every numeric VR, the O* VRs,
/// nested sequences in both length forms, a private block, person names with three component groups, non-ASCII text,
/// a sequence item with its own Specific Character Set, empty values and a small native image.
/// Public tags carry their PS3.6 VR so that peers reading the implicit VR encoding infer the same VR.
/// </summary>
public static class RichDataset
{
    public const string Latin1 = "ISO_IR 100";
    public const string Utf8 = "ISO_IR 192";

    public const string SopInstanceUid = "2.25.317450127423645237918763591187210926741";
    public const string StudyInstanceUid = "2.25.99081530842349732519385226703616224017";
    public const string SeriesInstanceUid = "2.25.120944613498165127016215476006541539321";

    private static DicomTag T(ushort group, ushort element) => new(group, element);

    public static DicomDataset Build(string characterSet)
    {
        var utf8 = characterSet == Utf8;
        var ds = new DicomDataset();
        // The character set goes in first: text added afterwards is encoded with it.
        ds.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, characterSet);

        ds.AddOrUpdate(T(0x0008, 0x0008), DicomVR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.AddOrUpdate(T(0x0008, 0x0012), DicomVR.DA, "20240131");
        ds.AddOrUpdate(T(0x0008, 0x0013), DicomVR.TM, "235959.123456");
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, SopInstanceUid);
        ds.AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "20240130");
        ds.AddOrUpdate(T(0x0008, 0x002A), DicomVR.DT, "20240131235959.123456+0100");
        ds.AddOrUpdate(T(0x0008, 0x0050), DicomVR.SH, Array.Empty<string>());
        ds.AddOrUpdate(DicomTags.Modality, DicomVR.CS, "OT");
        ds.AddOrUpdate(T(0x0008, 0x0070), DicomVR.LO, "PacsLab");
        ds.AddOrUpdate(T(0x0008, 0x0080), DicomVR.LO, utf8 ? "Hôpital 東京 Ελλάδα" : "Hôpital Saint-Éloi");
        ds.AddOrUpdate(T(0x0008, 0x0081), DicomVR.ST, "  12 rue de la Paix \\ Bâtiment B\r\nParis");
        ds.AddOrUpdate(T(0x0008, 0x0090), DicomVR.PN, utf8 ? "Yamada^Tarou=山田^太郎=やまだ^たろう" : "Müller^Jürgen^^Dr.==Mueller^Juergen");
        ds.AddOrUpdate(T(0x0008, 0x0119), DicomVR.UC, "LONG-CODE-VALUE-" + new string('x', 70), "second");
        ds.AddOrUpdate(T(0x0008, 0x010E), DicomVR.UR, "https://example.org/pacslab?x=1&y=2");
        ds.AddOrUpdate(T(0x0008, 0x030E), DicomVR.UT, utf8 ? "Unlimited text ✓ with a \\ backslash" : "Unlimited text ½ with a \\ backslash");
        ds.AddOrUpdate(T(0x0008, 0x1030), DicomVR.LO, "Étude démo", utf8 ? "Второе" : "Zweite");
        ds.AddOrUpdate(T(0x0008, 0x1161), DicomVR.UL, 1u, 4294967295u);
        ds.AddOrUpdate(T(0x0008, 0x1163), DicomVR.FD, 0.5, -1.25e-300);

        ds.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, utf8 ? "山田^太郎=やまだ^たろう" : "Müller^Jürgen", utf8 ? "Ünal^Ayşe" : "Ørsted^Åse");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PL-0001");
        ds.AddOrUpdate(T(0x0010, 0x0030), DicomVR.DA, Array.Empty<string>());
        ds.AddOrUpdate(T(0x0010, 0x1010), DicomVR.AS, "045Y");
        ds.AddOrUpdate(T(0x0010, 0x21B0), DicomVR.LT, "  Line one\r\nLine two with a \\ backslash");

        ds.AddOrUpdate(T(0x0018, 0x0050), DicomVR.DS, "2.5");
        ds.AddOrUpdate(T(0x0018, 0x1320), DicomVR.FL, 3.1415927f, -0.0f);
        ds.AddOrUpdate(T(0x0018, 0x6020), DicomVR.SL, int.MinValue, int.MaxValue);
        ds.AddOrUpdate(T(0x0018, 0x9219), DicomVR.SS, (short)-32768, (short)1234);

        ds.AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, StudyInstanceUid);
        ds.AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, SeriesInstanceUid);
        ds.AddOrUpdate(T(0x0020, 0x0013), DicomVR.IS, "-12");

        ds.AddOrUpdate(T(0x0028, 0x0002), DicomVR.US, (ushort)1);
        ds.AddOrUpdate(T(0x0028, 0x0004), DicomVR.CS, "MONOCHROME2");
        ds.AddOrUpdate(DicomBinary.FromTags(T(0x0028, 0x0009), [T(0x0018, 0x1063), T(0x0018, 0x1065)]));
        ds.AddOrUpdate(T(0x0028, 0x0010), DicomVR.US, (ushort)4);
        ds.AddOrUpdate(T(0x0028, 0x0011), DicomVR.US, (ushort)4);
        ds.AddOrUpdate(T(0x0028, 0x0030), DicomVR.DS, "0.5", "2.5E-1");
        ds.AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        ds.AddOrUpdate(T(0x0028, 0x0101), DicomVR.US, (ushort)12);
        ds.AddOrUpdate(T(0x0028, 0x0102), DicomVR.US, (ushort)11);
        ds.AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);

        ds.AddOrUpdate(T(0x0064, 0x0009), DicomVR.OF, 1.5f, -2.25f);
        ds.AddOrUpdate(T(0x0066, 0x0022), DicomVR.OD, 1.0, -0.1);
        ds.AddOrUpdate(T(0x0066, 0x0040), DicomVR.OL, 1u, 65536u);
        ds.AddOrUpdate(T(0x0072, 0x0081), DicomVR.OV, ulong.MaxValue);
        ds.AddOrUpdate(T(0x0072, 0x0082), DicomVR.SV, long.MinValue, 42L);
        ds.AddOrUpdate(T(0x0072, 0x0083), DicomVR.UV, ulong.MaxValue);

        // A private block (PS3.5 7.8.1): creator (0029,0010) reserves (0029,1000-10FF). Even lengths throughout, so the
        // bytes a peer sees as UN in implicit VR are exactly the value bytes.
        ds.AddOrUpdate(T(0x0029, 0x0010), DicomVR.LO, "PACSLAB TEST");
        ds.AddOrUpdate(T(0x0029, 0x1010), DicomVR.LO, "private text");
        ds.AddOrUpdate(T(0x0029, 0x1011), DicomVR.US, (ushort)7, (ushort)8);
        ds.AddOrUpdate(T(0x0029, 0x1012), DicomVR.OB, new byte[] { 0xDE, 0xAD, 0xBE, 0xEF });

        AddSequences(ds, utf8);

        var pixels = new ushort[16];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = (ushort)(i * 273); // 0..4095, 12 bits stored
        ds.AddOrUpdate(DicomBinary.FromValues(DicomTags.PixelData, DicomVR.OW, pixels));
        return ds;
    }

    /// <summary>
    /// (0008,1115) with undefined length: an undefined-length item holding a defined-length (0008,1140) of two
    /// defined-length items, an item with its own Specific Character Set, and an empty item. (0040,0275) is empty.
    /// Items are filled after the sequence is attached, so their text is encoded with the character set in force.
    /// </summary>
    private static void AddSequences(DicomDataset ds, bool utf8)
    {
        var series = new DicomDataset { HasUndefinedLength = true };
        var ownCharset = new DicomDataset();
        var empty = new DicomDataset();
        ds.AddOrUpdate(new DicomSequence(T(0x0008, 0x1115), series, ownCharset, empty) { HasUndefinedLength = true });

        var image1 = new DicomDataset();
        var image2 = new DicomDataset();
        series.AddOrUpdate(new DicomSequence(T(0x0008, 0x1140), image1, image2));
        series.AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, SeriesInstanceUid);
        series.AddOrUpdate(T(0x0008, 0x103E), DicomVR.LO, utf8 ? "Série ½ 東京" : "Série ½");
        image1.AddOrUpdate(T(0x0008, 0x1150), DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        image1.AddOrUpdate(T(0x0008, 0x1155), DicomVR.UI, "2.25.1");
        image1.AddOrUpdate(T(0x0008, 0x1160), DicomVR.IS, "1", "2", "3");
        image2.AddOrUpdate(T(0x0008, 0x1150), DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        image2.AddOrUpdate(T(0x0008, 0x1155), DicomVR.UI, "2.25.22");

        // The other character set than the top level's, in force only inside this item (PS3.5 7.5.3).
        ownCharset.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, utf8 ? Latin1 : Utf8);
        ownCharset.AddOrUpdate(T(0x0008, 0x103E), DicomVR.LO, utf8 ? "Zürich" : "Zürich 東京");
        ownCharset.AddOrUpdate(T(0x0008, 0x1050), DicomVR.PN, utf8 ? "Åström^Öjvind" : "Åström^Öjvind=佐藤^花子");

        ds.AddOrUpdate(new DicomSequence(T(0x0040, 0x0275)));
    }
}
