using System.Diagnostics.CodeAnalysis;

namespace PacsLab.Dicom;

/// <summary>PS3.6 data elements and UIDs. (Placeholder until the generated dictionary lands.)</summary>
public static class DicomDictionary
{
    public static bool TryGet(DicomTag tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        entry = null;
        return false;
    }

    public static bool TryGetByKeyword(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        entry = null;
        return false;
    }

    public static bool TryGetUid(string uid, [NotNullWhen(true)] out DicomUidEntry? entry)
    {
        entry = null;
        return false;
    }

    public static DicomVR DefaultVR(DicomTag tag)
    {
        if (tag.IsGroupLength) return DicomVR.UL;
        if (tag.IsPrivateCreator) return DicomVR.LO;
        return TryGet(tag, out var entry) ? entry.DefaultVR : DicomVR.UN;
    }
}
