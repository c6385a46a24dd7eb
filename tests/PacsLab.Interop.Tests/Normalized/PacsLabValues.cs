using System.Numerics;
using PacsLab.Dicom;

namespace PacsLab.Interop.Tests;

/// <summary>
/// PacsLab's reading of a file in the normalized form, through the toolkit's public access (GetStrings, GetNumbers,
/// GetTags, the raw value bytes), so the comparison covers what callers see, not only what the parser stored.
/// </summary>
public static class PacsLabValues
{
    public static List<NormalizedElement> Normalize(DicomFile file, bool implicitVR = false)
    {
        var result = new List<NormalizedElement>();
        Walk(file.FileMetaInformation, "", false, result);
        Walk(file.Dataset, "", implicitVR, result);
        return result;
    }

    /// <summary>
    /// The form a data set takes once written in implicit VR and read back by a peer: private elements other
    /// than creators become UN holding their encoded bytes (pydicom_values.py does the same on its side).
    /// </summary>
    public static List<NormalizedElement> Normalize(DicomDataset dataset, bool implicitVR)
    {
        var result = new List<NormalizedElement>();
        Walk(dataset, "", implicitVR, result);
        return result;
    }

    private static void Walk(DicomDataset dataset, string prefix, bool implicitVR, List<NormalizedElement> result)
    {
        foreach (var item in dataset)
        {
            if (item.Tag.IsGroupLength) continue;
            var path = prefix + item.Tag;
            switch (item)
            {
                case DicomSequence sq:
                    result.Add(new NormalizedElement(path, "SQ", "sequence", [sq.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
                    for (var i = 0; i < sq.Items.Count; i++) Walk(sq.Items[i], $"{path}[{i}]", implicitVR, result);
                    break;
                case DicomFragmentSequence fragments:
                    result.Add(new NormalizedElement(path, fragments.VR.Code, "fragments",
                        fragments.Fragments.Prepend(fragments.OffsetTable).Select(f => CanonicalValue.Bytes(f.Span)).ToList()));
                    break;
                case DicomElement element when implicitVR && IsPrivateData(element.Tag):
                    result.Add(new NormalizedElement(path, "UN", "bytes", BytesValue(element)));
                    break;
                case DicomElement element:
                    result.Add(Describe(dataset, element, path));
                    break;
            }
        }
    }

    /// <summary>Private in pydicom's sense (any odd group), which also covers the reserved groups 0001-0007.</summary>
    private static bool IsPrivateData(DicomTag tag) => (tag.Group & 1) == 1 && !(tag.Element is >= 0x0010 and <= 0x00FF);

    private static NormalizedElement Describe(DicomDataset dataset, DicomElement element, string path)
    {
        var vr = element.VR;
        var code = vr.Code;
        if (vr == DicomVR.AT)
            return new(path, code, "tag", dataset.GetTags(element.Tag).Select(t => t.ToString()).ToList());
        switch (vr.Kind)
        {
            case DicomVRKind.Text:
                var strings = dataset.GetStrings(element.Tag).Select(s => CanonicalValue.Text(s, code)).ToList();
                return new(path, code, "text", CanonicalValue.EmptyAsNone(strings));
            case DicomVRKind.Binary when vr == DicomVR.FL || vr == DicomVR.FD:
                return new(path, code, "number", dataset.GetNumbers<double>(element.Tag).Select(CanonicalValue.Real).ToList());
            case DicomVRKind.Binary when vr == DicomVR.SS || vr == DicomVR.SL || vr == DicomVR.SV:
                return new(path, code, "number", dataset.GetNumbers<long>(element.Tag).Select(v => CanonicalValue.Integer(new BigInteger(v))).ToList());
            case DicomVRKind.Binary:
                return new(path, code, "number", dataset.GetNumbers<ulong>(element.Tag).Select(v => CanonicalValue.Integer(new BigInteger(v))).ToList());
            default:
                return new(path, code, "bytes", BytesValue(element));
        }
    }

    private static IReadOnlyList<string> BytesValue(DicomElement element) =>
        element.IsEmpty ? [] : [CanonicalValue.Bytes(element.Value.Span)];
}
