using PacsLab.Dicom;

namespace PacsLab.Pacs.Query;

/// <summary>
/// Copies an item of a stored data set into a data set whose text is UTF-8 (a C-FIND candidate, ISO_IR 192): text
/// that uses the Specific Character Set is decoded with the set in force where it sits in the source (the file's, or a
/// sequence item's own, PS3.5 7.5.3) and encoded again; sequences are rebuilt item by item, nested ones too, and their
/// items lose any character set of their own, as their text now follows the target's. Other values are shared as they are.
/// </summary>
internal static class Utf8Transcoder
{
    public static void Copy(DicomItem item, DicomDataset source, DicomDataset target)
    {
        switch (item)
        {
            case DicomElement { VR.UsesSpecificCharacterSet: true } text:
                target.AddOrUpdate(text.Tag, text.VR, source.GetString(text.Tag) ?? "");
                break;
            case DicomSequence sequence:
                var copy = new DicomSequence(sequence.Tag) { HasUndefinedLength = sequence.HasUndefinedLength };
                // Attached before its items are filled, so that they encode in the target's character set.
                target.AddOrUpdate(copy);
                foreach (var sourceItem in sequence.Items)
                {
                    var itemCopy = new DicomDataset { HasUndefinedLength = sourceItem.HasUndefinedLength };
                    copy.Add(itemCopy);
                    foreach (var inner in sourceItem)
                        if (inner.Tag != DicomTags.SpecificCharacterSet) Copy(inner, sourceItem, itemCopy);
                }
                break;
            default:
                target.AddOrUpdate(item);
                break;
        }
    }
}
