using PacsLab.Dicom;

namespace PacsLab.Dicom.Tests.Json;

/// <summary>Data sets built in code for the JSON tests, and an element-by-element comparison.</summary>
internal static class DicomJsonTestData
{
    public static readonly DicomTag PrivateCreator = new(0x0011, 0x0010);
    public static readonly DicomTag PrivateBytes = new(0x0011, 0x1010);
    public static readonly DicomTag PrivateNumber = new(0x0011, 0x1011);
    public static readonly DicomTag RequestAttributesSequence = new(0x0040, 0x0275);

    /// <summary>Every VR at least once, multi-valued strings and numbers, empties, private tags, nested items, fragments.</summary>
    public static DicomDataset EveryVR()
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0008), DicomVR.CS, "ORIGINAL", "", "AXIAL");
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.2.1125.1");
        ds.AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "20240131");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x002A), DicomVR.DT, "20240131123456.123456+0100");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0030), DicomVR.TM, "123456.789");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0050), DicomVR.SH, "ACC123");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0081), DicomVR.ST, "  leading spaces matter in ST");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0090), DicomVR.PN, ReadOnlyMemory<byte>.Empty);
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0119), DicomVR.UC, "a long code value", "another");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0190), DicomVR.UR, "http://example.org/wado?a=b&c=d");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x1070), DicomVR.PN, "Smith^Ann", "Jones^Bob^^Dr.");
        ds.AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1140)));
        ds.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PAT-001");
        ds.AddOrUpdate(new DicomTag(0x0010, 0x0030), DicomVR.DA, ReadOnlyMemory<byte>.Empty);
        ds.AddOrUpdate(new DicomTag(0x0010, 0x1010), DicomVR.AS, "051Y");
        ds.AddOrUpdate(new DicomTag(0x0010, 0x21B0), DicomVR.LT, "first line\r\nsecond line with a \\ backslash");
        ds.AddOrUpdate(PrivateCreator, DicomVR.LO, "ACME_01");
        ds.AddOrUpdate(PrivateBytes, DicomVR.UN, new byte[] { 0x01, 0x02, 0x03 });
        ds.AddOrUpdate(PrivateNumber, DicomVR.SL, -5, 100_000);
        ds.AddOrUpdate(new DicomTag(0x0018, 0x0050), DicomVR.DS, "5.000000");
        ds.AddOrUpdate(new DicomTag(0x0018, 0x0088), DicomVR.DS, "-1.5e-3", "0", "1099.3100585938");
        ds.AddOrUpdate(new DicomTag(0x0018, 0x9306), DicomVR.FD, 0.625, -1e300, double.NaN);
        ds.AddOrUpdate(new DicomTag(0x0018, 0x9307), DicomVR.FL, 10.6006098f, float.NegativeInfinity);
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, "7");
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0020), DicomVR.CS, "L", "P");
        ds.AddOrUpdate(new DicomTag(0x0020, 0x1002), DicomVR.IS, "-12", "34");
        ds.AddOrUpdate(new DicomTag(0x0020, 0x9057), DicomVR.UL, 13u, 4_000_000_000u);
        ds.AddOrUpdate(DicomBinary.FromTags(new DicomTag(0x0028, 0x0009), [new DicomTag(0x0018, 0x1063), new DicomTag(0x0018, 0x1065)]));
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)512);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0106), DicomVR.SS, (short)-2000, (short)32767);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x1101), DicomVR.US, (ushort)4096, (ushort)0, (ushort)16);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x1201), DicomVR.OW, new byte[] { 0x00, 0x01, 0xFF, 0xFE });
        ds.AddOrUpdate(new DicomTag(0x0040, 0x0001), DicomVR.AE, "CT_1", "MR_2");
        ds.AddOrUpdate(new DicomTag(0x0040, 0x1400), DicomVR.UT, "unlimited text \\ with a backslash");
        ds.AddOrUpdate(new DicomTag(0x0042, 0x0011), DicomVR.OB, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D });
        ds.AddOrUpdate(new DicomTag(0x0064, 0x0009), DicomVR.OF, 1.5f, -2.25f);
        ds.AddOrUpdate(new DicomTag(0x0066, 0x0040), DicomVR.OL, 1u, 2u, 3u);
        ds.AddOrUpdate(new DicomTag(0x0066, 0x0041), DicomVR.OV, ulong.MaxValue);
        ds.AddOrUpdate(new DicomTag(0x0066, 0x0042), DicomVR.OD, Math.PI);
        ds.AddOrUpdate(new DicomTag(0x0072, 0x0082), DicomVR.SV, long.MinValue, 9_007_199_254_740_993L);
        ds.AddOrUpdate(new DicomTag(0x0072, 0x0083), DicomVR.UV, ulong.MaxValue);
        ds.AddOrUpdate(RequestAttributes(ds));
        ds.AddOrUpdate(new DicomFragmentSequence(DicomTags.PixelData, DicomVR.OB, new byte[] { 0, 0, 0, 0, 8, 0, 0, 0 },
            [new byte[] { 0xFF, 0xD8, 0x01, 0x02 }, new byte[] { 0x03, 0xFF, 0xD9, 0x00 }]));
        return ds;
    }

    /// <summary>Two items: the first with a nested sequence whose item holds Unicode text, the second empty.</summary>
    private static DicomSequence RequestAttributes(DicomDataset owner)
    {
        var code = new DicomDataset();
        var first = new DicomDataset();
        var sequence = new DicomSequence(RequestAttributesSequence, first, new DicomDataset()) { HasUndefinedLength = true };
        owner.AddOrUpdate(sequence);
        first.AddOrUpdate(new DicomTag(0x0040, 0x0009), DicomVR.SH, "SPS-1");
        first.AddOrUpdate(new DicomSequence(new DicomTag(0x0040, 0x0008), code));
        code.AddOrUpdate(new DicomTag(0x0008, 0x0100), DicomVR.SH, "T-D1100");
        code.AddOrUpdate(new DicomTag(0x0008, 0x0102), DicomVR.SH, "SRT");
        code.AddOrUpdate(new DicomTag(0x0008, 0x0104), DicomVR.LO, "Kopf – 頭部");
        return sequence;
    }

    /// <summary>Same tags in the same order, same VRs, same decoded text, same binary bytes, same items and fragments.</summary>
    public static void AssertEquivalent(DicomDataset expected, DicomDataset actual, string path = "")
    {
        Assert.Equal(expected.Select(i => i.Tag).ToList(), actual.Select(i => i.Tag).ToList());
        foreach (var item in expected)
        {
            var other = actual[item.Tag]!;
            var where = path + item.Tag;
            Assert.True(item.VR == other.VR, $"{where}: VR {item.VR} became {other.VR}");
            switch (item)
            {
                case DicomSequence sequence:
                    var otherSequence = Assert.IsType<DicomSequence>(other);
                    Assert.Equal(sequence.Items.Count, otherSequence.Items.Count);
                    for (var i = 0; i < sequence.Items.Count; i++) AssertEquivalent(sequence.Items[i], otherSequence.Items[i], $"{where}[{i}]");
                    break;
                case DicomFragmentSequence fragments:
                    var otherFragments = Assert.IsType<DicomFragmentSequence>(other);
                    Assert.Equal(fragments.OffsetTable.ToArray(), otherFragments.OffsetTable.ToArray());
                    Assert.Equal(fragments.Fragments.Select(f => f.ToArray()), otherFragments.Fragments.Select(f => f.ToArray()));
                    break;
                case DicomElement { VR.Kind: DicomVRKind.Text }:
                    Assert.True(expected.GetStrings(item.Tag).SequenceEqual(actual.GetStrings(item.Tag)),
                        $"{where}: [{string.Join('|', expected.GetStrings(item.Tag))}] became [{string.Join('|', actual.GetStrings(item.Tag))}]");
                    break;
                case DicomElement element:
                    Assert.True(element.Value.Span.SequenceEqual(Assert.IsType<DicomElement>(other).Value.Span), $"{where}: bytes differ");
                    break;
            }
        }
    }
}
