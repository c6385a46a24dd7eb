namespace PacsLab.Dicom.Tests.IO;

/// <summary>Compares two data sets element by element, recursing into sequences and fragments.</summary>
internal static class DatasetAssert
{
    public static void Equal(DicomDataset expected, DicomDataset actual, string path = "")
    {
        Assert.Equal(expected.Select(i => i.Tag).ToArray(), actual.Select(i => i.Tag).ToArray());
        foreach (var e in expected)
        {
            var a = actual[e.Tag]!;
            var where = $"{path}{e.Tag}";
            Assert.True(e.VR == a.VR, $"{where}: VR {e.VR} became {a.VR}");
            switch (e)
            {
                case DicomElement ee:
                    var ae = Assert.IsType<DicomElement>(a);
                    Assert.True(Padded(ee).SequenceEqual(Padded(ae)), $"{where}: value differs");
                    break;
                case DicomSequence es:
                    var sa = Assert.IsType<DicomSequence>(a);
                    Assert.Equal(es.Items.Count, sa.Items.Count);
                    for (var i = 0; i < es.Items.Count; i++) Equal(es.Items[i], sa.Items[i], $"{where}[{i}].");
                    break;
                case DicomFragmentSequence ef:
                    var fa = Assert.IsType<DicomFragmentSequence>(a);
                    Assert.True(ef.OffsetTable.Span.SequenceEqual(fa.OffsetTable.Span), $"{where}: offset table differs");
                    Assert.Equal(ef.Fragments.Count, fa.Fragments.Count);
                    for (var i = 0; i < ef.Fragments.Count; i++)
                        Assert.True(ef.Fragments[i].Span.SequenceEqual(fa.Fragments[i].Span), $"{where}: fragment {i} differs");
                    break;
            }
        }
    }

    /// <summary>Odd values come back padded to even length; compare them as they are on the wire.</summary>
    private static byte[] Padded(DicomElement e)
    {
        if (e.Length % 2 == 0) return e.Value.ToArray();
        return [.. e.Value.ToArray(), e.VR.PaddingByte];
    }
}
