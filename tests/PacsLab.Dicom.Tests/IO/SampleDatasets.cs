namespace PacsLab.Dicom.Tests.IO;

/// <summary>A data set with one element of nearly every VR, nested sequences of both length forms and a private block.</summary>
internal static class SampleDatasets
{
    public static DicomDataset Rich()
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0008), DicomVR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.2.1125.1.7");
        ds.AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "20251124");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0030), DicomVR.TM, "093015.25");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x002A), DicomVR.DT, "20251124093015.250000+0100");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0050), DicomVR.SH, "ACC0001");
        ds.AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0054), DicomVR.AE, "PACSLAB");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x1030), DicomVR.LO, "Thorax mit Kontrastmittel");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0119), DicomVR.UC, "a long code value");
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0120), DicomVR.UR, "http://example.org/codes");
        ds.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Müller^Jürgen^^Dr.");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PID-0001");
        ds.AddOrUpdate(new DicomTag(0x0010, 0x1010), DicomVR.AS, "047Y");
        ds.AddOrUpdate(new DicomTag(0x0010, 0x4000), DicomVR.LT, "Line one\r\nLine two");
        ds.AddOrUpdate(new DicomTag(0x0018, 0x0050), DicomVR.DS, "1.25");
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, "7");
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0032), DicomVR.DS, "-125.5", "-130", "42.75");
        ds.AddOrUpdate(new DicomTag(0x0020, 0x4000), DicomVR.LT, "odd");
        ds.AddOrUpdate(new DicomTag(0x0018, 0x1030), DicomVR.LO, "Protokoll");
        ds.AddOrUpdate(new DicomTag(0x0040, 0x0280), DicomVR.ST, "Short text");
        ds.AddOrUpdate(new DicomTag(0x0040, 0xA160), DicomVR.UT, "Unlimited text body");
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)4);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0011), DicomVR.US, (ushort)4);
        ds.AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x1050), DicomVR.DS, "40", "400");
        ds.AddOrUpdate(new DicomTag(0x0018, 0x9306), DicomVR.FD, 0.625, -1.5e10);
        ds.AddOrUpdate(new DicomTag(0x0018, 0x9327), DicomVR.FD, 12.5);
        ds.AddOrUpdate(new DicomTag(0x0018, 0x1315), DicomVR.CS, "N");
        ds.AddOrUpdate(new DicomTag(0x0018, 0x9345), DicomVR.FD, 3.25);
        ds.AddOrUpdate(new DicomTag(0x0020, 0x9057), DicomVR.UL, 1u, 4294967295u);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x9503), DicomVR.SS, (short)-32768, (short)32767);
        ds.AddOrUpdate(new DicomTag(0x0018, 0x6020), DicomVR.SL, -5, 2_000_000_000);
        ds.AddOrUpdate(new DicomTag(0x0018, 0x9219), DicomVR.FL, 1.5f, -0.25f);
        ds.AddOrUpdate(new DicomTag(0x0072, 0x0082), DicomVR.SV, -9_000_000_000_000L);
        ds.AddOrUpdate(new DicomTag(0x0072, 0x0083), DicomVR.UV, 18_000_000_000_000_000_000UL);
        ds.AddOrUpdate(DicomBinary.FromTags(new DicomTag(0x0020, 0x5000), [DicomTags.PatientName, DicomTags.PixelData]));
        ds.AddOrUpdate(new DicomTag(0x0066, 0x0016), DicomVR.OF, 1.0f, 2.0f);
        ds.AddOrUpdate(new DicomTag(0x0066, 0x0040), DicomVR.OL, 7u, 8u);
        ds.AddOrUpdate(new DicomTag(0x0066, 0x0023), DicomVR.OW, (ushort)0x0102, (ushort)0x0304);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0301), DicomVR.CS, "NO");
        ds.AddOrUpdate(new DicomTag(0x0042, 0x0011), DicomVR.OB, new byte[] { 1, 2, 3 });
        ds.AddOrUpdate(new DicomTag(0x0064, 0x0009), DicomVR.OD, 1.0, -2.0);
        ds.AddOrUpdate(new DicomTag(0x0029, 0x0010), DicomVR.LO, "PACSLAB TEST");
        ds.AddOrUpdate(new DicomTag(0x0029, 0x1001), DicomVR.LO, "private value");
        ds.AddOrUpdate(new DicomTag(0x0029, 0x1002), DicomVR.UN, new byte[] { 9, 8, 7, 6 });

        var referenced = new DicomDataset();
        referenced.AddOrUpdate(new DicomTag(0x0008, 0x1150), DicomVR.UI, "1.2.840.10008.5.1.4.1.1.2");
        referenced.AddOrUpdate(new DicomTag(0x0008, 0x1155), DicomVR.UI, "1.2.3.4.5");
        var inner = new DicomDataset { HasUndefinedLength = true };
        inner.AddOrUpdate(new DicomTag(0x0008, 0x0100), DicomVR.SH, "T-D4000");
        inner.AddOrUpdate(new DicomTag(0x0008, 0x0104), DicomVR.LO, "Abdomen");
        referenced.AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x2218), inner) { HasUndefinedLength = true });
        ds.AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1140), referenced, new DicomDataset()));
        ds.AddOrUpdate(new DicomSequence(new DicomTag(0x0040, 0x0275)) { HasUndefinedLength = true });

        var pixels = new ushort[16];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = (ushort)(i * 1000);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
        return ds;
    }
}
