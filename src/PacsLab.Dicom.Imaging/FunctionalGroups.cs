namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Enhanced multi-frame objects (Enhanced CT, MR, XA ...) keep per-frame attributes in functional group macros:
/// first in the frame's item of the Per-frame Functional Groups Sequence, else in the Shared Functional Groups
/// Sequence (PS3.3 C.7.6.16).
/// </summary>
internal static class FunctionalGroups
{
    /// <summary>The first item of the macro sequence <paramref name="macro"/> that applies to the frame, or null.</summary>
    public static DicomDataset? Find(DicomDataset dataset, int frameIndex, DicomTag macro)
    {
        if (dataset.TryGet<DicomSequence>(PixelTags.PerFrameFunctionalGroups, out var perFrame)
            && frameIndex < perFrame.Items.Count
            && FirstItem(perFrame.Items[frameIndex], macro) is { } own)
        {
            return own;
        }
        if (dataset.TryGet<DicomSequence>(PixelTags.SharedFunctionalGroups, out var shared)
            && shared.Items.Count > 0
            && FirstItem(shared.Items[0], macro) is { } common)
        {
            return common;
        }
        return null;
    }

    private static DicomDataset? FirstItem(DicomDataset item, DicomTag sequence) =>
        item.TryGet<DicomSequence>(sequence, out var sq) && sq.Items.Count > 0 ? sq.Items[0] : null;
}
