using System.Text;

namespace PacsLab.Dicom;

/// <summary>Small text rules shared by the codec, typed access and the dump (PS3.5 6.2).</summary>
public static class DicomText
{
    public const char ValueSeparator = '\\';

    /// <summary>Decodes bytes that must be in the default repertoire; stray high bytes show as Latin-1 rather than fail.</summary>
    public static string DecodeAscii(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    public static string[] SplitValues(string text) =>
        text.Length == 0 ? [] : text.Split(ValueSeparator);

    /// <summary>
    /// Removes padding that is not significant for the VR: trailing spaces and NULs always, leading spaces too where
    /// PS3.5 Table 6.2-1 says they are insignificant. ST, LT, UT and UR keep their leading spaces.
    /// </summary>
    public static string TrimValue(string value, DicomVR vr)
    {
        var end = value.Length;
        while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == '\0')) end--;
        var start = 0;
        if (vr != DicomVR.ST && vr != DicomVR.LT && vr != DicomVR.UT && vr != DicomVR.UR && vr != DicomVR.PN)
        {
            while (start < end && value[start] == ' ') start++;
        }
        return start == 0 && end == value.Length ? value : value[start..end];
    }
}
