namespace PacsLab.Dicom;

/// <summary>
/// A PN value (PS3.5 6.2.1): up to three component groups separated by '=' (alphabetic, ideographic, phonetic),
/// each of up to five components separated by '^' (family, given, middle, prefix, suffix).
/// </summary>
public sealed record DicomPersonName(DicomPersonNameGroup Alphabetic, DicomPersonNameGroup Ideographic, DicomPersonNameGroup Phonetic)
{
    public static DicomPersonName Parse(string value)
    {
        var groups = value.Split('=');
        return new DicomPersonName(
            DicomPersonNameGroup.Parse(groups.Length > 0 ? groups[0] : ""),
            DicomPersonNameGroup.Parse(groups.Length > 1 ? groups[1] : ""),
            DicomPersonNameGroup.Parse(groups.Length > 2 ? groups[2] : ""));
    }

    /// <summary>The DICOM form with trailing empty groups and components dropped.</summary>
    public override string ToString()
    {
        var groups = new[] { Alphabetic.ToString(), Ideographic.ToString(), Phonetic.ToString() };
        var last = groups.Length - 1;
        while (last > 0 && groups[last].Length == 0) last--;
        return string.Join('=', groups[..(last + 1)]);
    }
}

public sealed record DicomPersonNameGroup(string FamilyName, string GivenName, string MiddleName, string Prefix, string Suffix)
{
    public static readonly DicomPersonNameGroup Empty = new("", "", "", "", "");

    public bool IsEmpty => ToString().Length == 0;

    public static DicomPersonNameGroup Parse(string group)
    {
        if (group.Length == 0) return Empty;
        var c = group.Split('^');
        string At(int i) => i < c.Length ? c[i].Trim() : "";
        return new DicomPersonNameGroup(At(0), At(1), At(2), At(3), At(4));
    }

    public override string ToString()
    {
        var parts = new[] { FamilyName, GivenName, MiddleName, Prefix, Suffix };
        var last = parts.Length - 1;
        while (last >= 0 && parts[last].Length == 0) last--;
        return last < 0 ? "" : string.Join('^', parts[..(last + 1)]);
    }
}
