namespace PacsLab.Dicom.Tests.CharacterSets;

internal static class CharsetTestData
{
    public static byte[] Hex(string hex) => Convert.FromHexString(hex);

    public static DicomCharacterSet Set(string terms) => DicomCharacterSet.FromTerms(terms.Split('\\'));

    /// <summary>
    /// The value as pydicom presents it: trailing padding removed and, for PN, trailing empty component groups
    /// dropped from each value ("Wang^XiaoDong=王^小東=" is "Wang^XiaoDong=王^小東"; PS3.5 6.2.1 allows either).
    /// </summary>
    public static string AsPydicomShowsIt(string decoded, DicomVR vr)
    {
        var text = decoded.TrimEnd(' ');
        return vr == DicomVR.PN ? string.Join('\\', text.Split('\\').Select(v => v.TrimEnd('='))) : text;
    }
}
